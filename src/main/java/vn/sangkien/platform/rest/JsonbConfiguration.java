package vn.sangkien.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Answers name every member, null ones too ({@code "from": null} in a history), in UTF-8. */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withEncoding("UTF-8"));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
