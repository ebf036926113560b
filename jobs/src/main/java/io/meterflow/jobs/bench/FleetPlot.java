package io.meterflow.jobs.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * An SVG of two panels against fleet size (log scale): readings/s per core and state bytes per
 * series, one line per state backend and parallelism. The state is compared at the same history:
 * the latest of {@link StateMarks#HISTORY} that every run with a mark reached; runs that reached no
 * mark are left out of that panel (if none reached one, each run's end state is plotted).
 */
final class FleetPlot {

  private static final int PANEL_WIDTH = 420;
  private static final int PANEL_HEIGHT = 260;
  private static final int MARGIN = 60;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"};

  private FleetPlot() {}

  static String svg(List<TopologyFigures> runs) {
    Map<String, List<TopologyFigures>> lines = new LinkedHashMap<>();
    for (TopologyFigures run : runs) {
      String line = run.setup().backend() + " p" + run.setup().parallelism();
      lines.computeIfAbsent(line, k -> new ArrayList<>()).add(run);
    }
    int width = 2 * (PANEL_WIDTH + 2 * MARGIN);
    int height = PANEL_HEIGHT + 2 * MARGIN + 20 * lines.size();
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
            width,
            height));
    panel(svg, 0, "readings/s per core", lines, TopologyFigures::recordsPerSecondPerCore);
    Optional<Duration> mark = latestCommonMark(runs);
    panel(
        svg,
        PANEL_WIDTH + 2 * MARGIN,
        mark.map(m -> "state bytes per series at " + m.toHours() + " h")
            .orElse("state bytes per series"),
        mark.map(m -> reaching(lines, m)).orElse(lines),
        mark.<ToDoubleFunction<TopologyFigures>>map(
                m -> run -> run.perSeries(run.atMarks().get(m).stateBytes()))
            .orElse(TopologyFigures::stateBytesPerSeries));
    int legendY = PANEL_HEIGHT + 2 * MARGIN;
    int index = 0;
    for (String line : lines.keySet()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
              MARGIN,
              legendY + 20 * index,
              COLOURS[index % COLOURS.length],
              line));
      index++;
    }
    return svg.append("</svg>\n").toString();
  }

  /**
   * The latest mark of event time at which every run that reached a mark took a checkpoint; empty
   * when no run reached one.
   */
  static Optional<Duration> latestCommonMark(List<TopologyFigures> runs) {
    List<Duration> common = new ArrayList<>(StateMarks.HISTORY);
    boolean anyMark = false;
    for (TopologyFigures run : runs) {
      if (!run.atMarks().isEmpty()) {
        common.retainAll(run.atMarks().keySet());
        anyMark = true;
      }
    }
    if (!anyMark) {
      return Optional.empty();
    }
    return common.isEmpty() ? Optional.empty() : Optional.of(common.get(common.size() - 1));
  }

  /** The same lines, each with only its runs that took a checkpoint at the mark. */
  private static Map<String, List<TopologyFigures>> reaching(
      Map<String, List<TopologyFigures>> lines, Duration mark) {
    Map<String, List<TopologyFigures>> reaching = new LinkedHashMap<>();
    lines.forEach(
        (line, runs) ->
            reaching.put(
                line, runs.stream().filter(run -> run.atMarks().containsKey(mark)).toList()));
    return reaching;
  }

  private static void panel(
      StringBuilder svg,
      int left,
      String title,
      Map<String, List<TopologyFigures>> lines,
      ToDoubleFunction<TopologyFigures> figure) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = 0;
    for (List<TopologyFigures> line : lines.values()) {
      for (TopologyFigures run : line) {
        minX = Math.min(minX, Math.log10(run.setup().series()));
        maxX = Math.max(maxX, Math.log10(run.setup().series()));
        maxY = Math.max(maxY, figure.applyAsDouble(run));
      }
    }
    double spanX = Math.max(maxX - minX, 1);
    double topY = maxY <= 0 ? 1 : maxY * 1.1;
    int x0 = left + MARGIN;
    int y0 = MARGIN + PANEL_HEIGHT;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s against series (log scale)</text>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
            x0,
            MARGIN - 20,
            title,
            x0,
            y0,
            x0 + PANEL_WIDTH,
            y0,
            x0,
            y0,
            x0,
            MARGIN,
            x0 - 4,
            MARGIN + 4,
            BenchTable.value(topY)));
    for (double decade = Math.ceil(minX); decade <= maxX; decade++) {
      int x = (int) (x0 + (decade - minX) / spanX * PANEL_WIDTH);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              y0 + 16,
              BenchTable.value(Math.pow(10, decade))));
    }
    int index = 0;
    for (List<TopologyFigures> line : lines.values()) {
      StringBuilder points = new StringBuilder();
      for (TopologyFigures run : line) {
        double x = x0 + (Math.log10(run.setup().series()) - minX) / spanX * PANEL_WIDTH;
        double y = y0 - figure.applyAsDouble(run) / topY * PANEL_HEIGHT;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
              points.toString().trim(),
              COLOURS[index % COLOURS.length]));
      index++;
    }
  }
}
