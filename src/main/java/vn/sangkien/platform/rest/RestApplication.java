package vn.sangkien.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API v1 (API.md). */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
