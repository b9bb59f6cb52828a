package vn.sangkien.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Chart.js configurations for {@code <p:chart value="...">}: line, bar and doughnut charts. */
public final class Charts {

    private static final String[] COLOURS = {"#0b5394", "#1b6e2e", "#a71d2a", "#8a5300", "#6f42c1", "#00798c",
        "#6c757d", "#d1495b", "#edae49", "#30638e", "#003d5b", "#66a182"};

    private Charts() {
    }

    public record Series(String label, List<? extends Number> values) {
    }

    public static String line(List<String> labels, Series series) {
        return chart("line", labels, List.of(series), false);
    }

    public static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false);
    }

    public static String doughnut(List<String> labels, Series series) {
        return chart("doughnut", labels, List.of(series), true);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean colourEach) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < series.size(); s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(s).values().forEach(v -> data.add(Json.createValue(v.doubleValue())));
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series.get(s).label()).add("data", data);
            if (colourEach) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                for (int i = 0; i < labels.size(); i++) {
                    colours.add(COLOURS[i % COLOURS.length]);
                }
                dataset.add("backgroundColor", colours);
            } else {
                dataset.add("backgroundColor", COLOURS[s % COLOURS.length]).add("borderColor", COLOURS[s % COLOURS.length]);
            }
            if ("line".equals(type)) {
                dataset.add("fill", false).add("tension", 0.2);
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (!"doughnut".equals(type)) {
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
