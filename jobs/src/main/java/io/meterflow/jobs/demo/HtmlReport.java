package io.meterflow.jobs.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The demo's HTML report: the text report, then one inline SVG chart per flagged meter (its
 * consumption as a line, its alarm spans as shaded bands). Self-contained: no script, no external
 * file, so it opens from disk anywhere.
 */
public final class HtmlReport {

  static final int WIDTH = 800;
  static final int HEIGHT = 160;
  private static final int MARGIN = 40;

  private HtmlReport() {}

  public static void write(Path file, List<String> reportLines, List<MeterPlot> plots)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(reportLines, plots), StandardCharsets.UTF_8);
  }

  public static String render(List<String> reportLines, List<MeterPlot> plots) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<title>meterflow demo report</title>")
        .append("<style>body{font-family:sans-serif}pre{background:#f4f4f4;padding:8px}")
        .append(".line{fill:none;stroke:#1f77b4;stroke-width:1}")
        .append(".alarm{fill:#d62728;fill-opacity:0.2}</style></head><body>\n")
        .append("<h1>meterflow demo report</h1>\n<pre>");
    reportLines.forEach(line -> html.append(escape(line)).append('\n'));
    html.append("</pre>\n<h2>Flagged meters</h2>\n");
    if (plots.isEmpty()) {
      html.append("<p>No meter raised an alarm.</p>\n");
    }
    plots.forEach(plot -> chart(html, plot));
    return html.append("</body></html>\n").toString();
  }

  private static void chart(StringBuilder html, MeterPlot plot) {
    html.append("<h3>").append(escape(plot.title())).append("</h3>\n");
    long from =
        Stream.concat(
                plot.points().stream().map(MeterPlot.Point::start),
                plot.spans().stream().map(MeterPlot.Span::start))
            .mapToLong(Instant::toEpochMilli)
            .min()
            .orElse(0);
    long to =
        Stream.concat(
                plot.points().stream().map(MeterPlot.Point::start),
                plot.spans().stream().map(MeterPlot.Span::end))
            .mapToLong(Instant::toEpochMilli)
            .max()
            .orElse(from);
    double top = plot.points().stream().mapToDouble(MeterPlot.Point::value).max().orElse(0);
    Scale scale = new Scale(from, Math.max(to, from + 1), top > 0 ? top : 1);
    html.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">\n",
            WIDTH,
            HEIGHT));
    for (MeterPlot.Span span : plot.spans()) {
      double x = scale.x(span.start());
      html.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"alarm\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s"
                  + " %s to %s</title></rect>\n",
              x,
              MARGIN / 2,
              Math.max(1, scale.x(span.end()) - x),
              HEIGHT - MARGIN,
              escape(span.type()),
              span.start(),
              span.end()));
    }
    StringBuilder line = new StringBuilder();
    for (MeterPlot.Point point : plot.points()) {
      line.append(
          String.format(
              Locale.ROOT,
              "%s%.1f,%.1f",
              line.isEmpty() ? "" : " ",
              scale.x(point.start()),
              scale.y(point.value())));
    }
    html.append("<polyline class=\"line\" points=\"").append(line).append("\"/>\n");
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"10\">max %.3f %s</text>\n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>\n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>\n",
            MARGIN,
            MARGIN / 2 - 4,
            scale.top(),
            escape(plot.unit()),
            MARGIN,
            HEIGHT - 4,
            Instant.ofEpochMilli(from),
            WIDTH - MARGIN,
            HEIGHT - 4,
            Instant.ofEpochMilli(to)));
    html.append("</svg>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** From time and consumption to the chart's pixels: time left to right, zero at the bottom. */
  private record Scale(long from, long to, double top) {
    double x(Instant time) {
      return MARGIN + (WIDTH - 2.0 * MARGIN) * (time.toEpochMilli() - from) / (to - from);
    }

    double y(double value) {
      return HEIGHT - MARGIN / 2.0 - (HEIGHT - MARGIN) * value / top;
    }
  }
}
