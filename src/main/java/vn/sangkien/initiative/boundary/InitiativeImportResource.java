package vn.sangkien.initiative.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.MediaTypes;
import vn.sangkien.platform.rest.Messages;

/**
 * {@code GET /initiatives/import/template} and {@code POST /initiatives/import} (docs/api.md,
 * "Paperwork"): the upload as the body or as the multipart part {@code file}.
 */
@ApplicationScoped
@Path("initiatives/import")
public class InitiativeImportResource {

    @Inject
    InitiativeImport imports;

    @GET
    @Path("template")
    @Produces(MediaTypes.XLSX)
    public Response template() {
        StreamingOutput body = imports::writeTemplate;
        return Response.ok(body, MediaTypes.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-sang-kien.xlsx\"").build();
    }

    @POST
    @Consumes(MediaTypes.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject upload(InputStream body, @Context HttpHeaders headers) {
        return answer(imports.receive(body), headers);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject uploadForm(@FormParam("file") EntityPart file, @Context HttpHeaders headers) {
        if (file == null) {
            throw BusinessException.invalid("file", "field.required");
        }
        return answer(imports.receive(file.getContent()), headers);
    }

    private JsonObject answer(java.nio.file.Path file, HttpHeaders headers) {
        InitiativeImport.Report report = imports.register(file, Messages.localeOf(headers.getAcceptableLanguages()),
                (done, total) -> { });
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (InitiativeImport.RowResult r : report.results()) {
            JsonObjectBuilder result = Json.createObjectBuilder().add("row", r.row())
                    .add("clientReference", r.clientReference() == null ? JsonValue.NULL : Json.createValue(r.clientReference()))
                    .add("status", r.status().word()).add("httpStatus", r.httpStatus());
            if (r.id() != null) {
                result.add("id", r.id());
            }
            if (r.errors() != null) {
                JsonArrayBuilder errors = Json.createArrayBuilder();
                for (InitiativeImport.RowError e : r.errors()) {
                    errors.add(Json.createObjectBuilder()
                            .add("field", e.field() == null ? JsonValue.NULL : Json.createValue(e.field()))
                            .add("column", e.column() == null ? JsonValue.NULL : Json.createValue(e.column()))
                            .add("message", e.message()));
                }
                result.add("errors", errors);
            }
            results.add(result);
        }
        return Json.createObjectBuilder().add("rows", report.rows()).add("created", report.created())
                .add("replayed", report.replayed()).add("refused", report.refused()).add("results", results).build();
    }
}
