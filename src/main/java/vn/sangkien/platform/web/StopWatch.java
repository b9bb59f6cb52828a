package vn.sangkien.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import vn.sangkien.platform.startup.Readiness;

/** Marks the application as stopping as soon as its web module is taken down, before its beans go. */
@WebListener
public class StopWatch implements ServletContextListener {

    @Inject
    Readiness readiness;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        readiness.stopping();
    }
}
