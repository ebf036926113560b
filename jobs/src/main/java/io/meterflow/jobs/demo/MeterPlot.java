package io.meterflow.jobs.demo;

import java.time.Instant;
import java.util.List;

/**
 * What the HTML report draws for one flagged meter: its hourly consumption and its alarm spans.
 *
 * @param title e.g. the tenant, meter and register
 * @param unit the consumption's unit, for the axis
 */
public record MeterPlot(String title, String unit, List<Point> points, List<Span> spans) {

  public MeterPlot {
    points = List.copyOf(points);
    spans = List.copyOf(spans);
  }

  /** The consumption of the interval that starts at {@code start}. */
  public record Point(Instant start, double value) {}

  /** An alarm episode: from its start to its end, or to the end of the data while it is open. */
  public record Span(String type, Instant start, Instant end) {}
}
