package io.meterflow.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Instant T0 = Instant.parse("2024-10-24T06:00:00Z");

  @Test
  void shouldDrawConsumptionAsALineAndAlarmsAsBandsOnOneTimeAxis() {
    MeterPlot plot =
        new MeterPlot(
            "m1 <VOLUME>",
            "m3",
            List.of(new MeterPlot.Point(T0, 1.0), new MeterPlot.Point(T0.plusSeconds(3600), 2.0)),
            List.of(new MeterPlot.Span("BURST", T0.plusSeconds(1800), T0.plusSeconds(7200))));

    String html = HtmlReport.render(List.of("ACCOUNTING ok", "a < b & c"), List.of(plot));

    assertThat(html)
        .isEqualTo(
            """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>meterflow demo report</title>\
            <style>body{font-family:sans-serif}pre{background:#f4f4f4;padding:8px}\
            .line{fill:none;stroke:#1f77b4;stroke-width:1}\
            .alarm{fill:#d62728;fill-opacity:0.2}</style></head><body>
            <h1>meterflow demo report</h1>
            <pre>ACCOUNTING ok
            a &lt; b &amp; c
            </pre>
            <h2>Flagged meters</h2>
            <h3>m1 &lt;VOLUME&gt;</h3>
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="160">
            <rect class="alarm" x="220.0" y="20" width="540.0" height="120"><title>BURST \
            2024-10-24T06:30:00Z to 2024-10-24T08:00:00Z</title></rect>
            <polyline class="line" points="40.0,80.0 400.0,20.0"/>
            <text x="40" y="16" font-size="10">max 2.000 m3</text>
            <text x="40" y="156" font-size="10">2024-10-24T06:00:00Z</text>
            <text x="760" y="156" font-size="10" text-anchor="end">2024-10-24T08:00:00Z</text>
            </svg>
            </body></html>
            """);
  }

  @Test
  void shouldSaySoWhenNoMeterRaisedAnAlarm() {
    assertThat(HtmlReport.render(List.of(), List.of()))
        .contains("<h2>Flagged meters</h2>\n<p>No meter raised an alarm.</p>\n</body></html>\n");
  }
}
