package vn.sangkien.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="...">}: line, bar and doughnut charts. Every
 * text a chart shows comes from the caller (legends, axis titles, labels from the page's bundle),
 * and its numbers are written in the page's language (Chart.js' {@code locale}: vi 1.000, en 1,000).
 * Build them while the page renders, when the view's locale is the page's language.
 */
public final class Charts {

    private static final String[] COLOURS = {"#0b5394", "#1b6e2e", "#a71d2a", "#8a5300", "#6f42c1", "#00798c",
        "#6c757d", "#d1495b", "#edae49", "#30638e", "#003d5b", "#66a182"};

    private Charts() {
    }

    public record Series(String label, List<? extends Number> values) {
    }

    /** The titles of the axis along which the labels lie and of the axis of the values. */
    public record Axes(String labels, String values) {
    }

    public static String line(List<String> labels, Series series, Axes axes) {
        return chart("line", labels, List.of(series), axes, false);
    }

    public static String bar(List<String> labels, List<Series> series, Axes axes) {
        return chart("bar", labels, series, axes, false);
    }

    /** Bars lying down, one row per label: for long labels such as the names of units. */
    public static String horizontalBar(List<String> labels, List<Series> series, Axes axes) {
        return chart("bar", labels, series, axes, true);
    }

    public static String doughnut(List<String> labels, Series series) {
        return chart("doughnut", labels, List.of(series), null, false);
    }

    private static String chart(String type, List<String> labels, List<Series> series, Axes axes, boolean horizontal) {
        boolean colourEach = "doughnut".equals(type);
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
        // Responsive and without an aspect ratio of its own: the chart fills the box the page gives it.
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("locale", Faces.locale().toLanguageTag());
        if (axes != null) {
            String labelAxis = horizontal ? "y" : "x";
            String valueAxis = horizontal ? "x" : "y";
            options.add("indexAxis", labelAxis).add("scales", Json.createObjectBuilder()
                    .add(labelAxis, Json.createObjectBuilder().add("title", title(axes.labels())))
                    .add(valueAxis, Json.createObjectBuilder().add("beginAtZero", true).add("title", title(axes.values()))
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }
}
