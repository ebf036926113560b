package io.meterflow.power.voltage;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Turns a phase's window sum into its mean, stamped with the window. */
public final class VoltageWindow
    extends ProcessWindowFunction<VoltageSum, VoltageMean, String, TimeWindow> {

  @Override
  public void process(
      String series, Context context, Iterable<VoltageSum> sums, Collector<VoltageMean> out) {
    for (VoltageSum sum : sums) {
      out.collect(
          new VoltageMean(
              sum.tenant(),
              sum.meterId(),
              sum.phase(),
              context.window().getStart(),
              context.window().getEnd(),
              sum.sumVolts() / sum.count(),
              sum.count()));
    }
  }
}
