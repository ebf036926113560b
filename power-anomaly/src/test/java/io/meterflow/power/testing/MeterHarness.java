package io.meterflow.power.testing;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.contracts.meter.MeterDevice;
import io.meterflow.contracts.testing.KeyedStateProbe;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.consumption.ConsumptionRulesFunction;
import io.meterflow.power.meter.MeterKeys;
import io.meterflow.power.meter.MeterRuleFunction;
import io.meterflow.power.reading.ReadingRulesFunction;
import io.meterflow.power.voltage.VoltageMean;
import io.meterflow.power.voltage.VoltageQualityFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.groups.OperatorMetricGroup;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/**
 * One of the per-meter rule operators in a test harness: records and DeviceInfo in, watermarks
 * moved by hand, alarms out, state and timers counted.
 */
public final class MeterHarness<IN> {

  private final KeyedTwoInputStreamOperatorTestHarness<String, IN, DeviceInfo, MeterAlarm> harness;
  private final ToLongFunction<IN> eventTime;
  private final RecordedMetrics metrics = new RecordedMetrics();

  private MeterHarness(
      MeterRuleFunction<IN> function, KeySelector<IN, String> key, ToLongFunction<IN> eventTime)
      throws Exception {
    this.harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new MeteredOperator<>(function, metrics), key, MeterKeys.ofDevice(), Types.STRING);
    this.eventTime = eventTime;
    harness.open();
  }

  /** The consumption rules, with the given options over the defaults. */
  public static MeterHarness<IntervalConsumption> consumption(Map<String, String> options)
      throws Exception {
    return new MeterHarness<>(
        new ConsumptionRulesFunction(settings(options)),
        MeterKeys.ofInterval(),
        interval -> interval.getIntervalEnd().toEpochMilli());
  }

  /** The reading rules (outage, communication loss), with the given options over the defaults. */
  public static MeterHarness<MeterReading> readings(Map<String, String> options) throws Exception {
    return new MeterHarness<>(
        new ReadingRulesFunction(settings(options)),
        MeterKeys.ofReading(),
        reading -> reading.getReadingTime().toEpochMilli());
  }

  /** The voltage quality rules, on 10-minute means, with the given options over the defaults. */
  public static MeterHarness<VoltageMean> voltage(Map<String, String> options) throws Exception {
    return new MeterHarness<>(
        new VoltageQualityFunction(settings(options)),
        mean -> RecordKeys.meter(mean.tenant(), mean.meterId()),
        VoltageMean::windowEnd);
  }

  public static PowerAnomalySettings settings(Map<String, String> options) {
    return PowerAnomalySettings.from(Configuration.fromMap(options));
  }

  public MeterHarness<IN> device(DeviceInfo device) throws Exception {
    harness.processElement2(device, device.getUpdatedTime().toEpochMilli());
    return this;
  }

  public MeterHarness<IN> add(Iterable<IN> records) throws Exception {
    for (IN record : records) {
      harness.processElement1(record, eventTime.applyAsLong(record));
    }
    return this;
  }

  @SafeVarargs
  public final MeterHarness<IN> add(IN... records) throws Exception {
    for (IN record : records) {
      harness.processElement1(record, eventTime.applyAsLong(record));
    }
    return this;
  }

  /** Moves event time on both inputs. */
  public MeterHarness<IN> watermark(Instant time) throws Exception {
    harness.processBothWatermarks(new Watermark(time.toEpochMilli()));
    return this;
  }

  /** The end of a bounded input: the watermark jumps to the end of time. */
  public MeterHarness<IN> endOfInput() throws Exception {
    harness.processBothWatermarks(Watermark.MAX_WATERMARK);
    return this;
  }

  /** The alarms emitted so far. */
  public List<MeterAlarm> alarms() {
    return harness.extractOutputValues();
  }

  /** The alarm steps emitted so far, one line each (see {@link PowerFixtures#step}). */
  public List<String> steps() {
    return alarms().stream().map(PowerFixtures::step).toList();
  }

  /** What went to a side output so far. */
  public <T> List<T> sideOutput(OutputTag<T> tag) {
    List<T> values = new ArrayList<>();
    if (harness.getSideOutput(tag) != null) {
      for (StreamRecord<T> record : harness.getSideOutput(tag)) {
        values.add(record.getValue());
      }
    }
    return values;
  }

  /** The count of one of the job's counters, e.g. "readingsIn" (0 when not registered). */
  public long counter(String name) {
    return metrics.count(MeterRuleFunction.METRIC_GROUP + "." + name);
  }

  public int stateEntries() {
    return harness.numKeyedStateEntries();
  }

  public int timers() {
    return harness.numEventTimeTimers();
  }

  /** The meters whose DeviceInfo is in state. */
  public List<String> metersWithDevice() throws Exception {
    return KeyedStateProbe.keysIn(harness.getOperator(), MeterDevice.STATE_NAME);
  }

  /** The state entries of the rules, episodes and buffer: all but the DeviceInfo. */
  public int ruleStateEntries() throws Exception {
    return stateEntries() - metersWithDevice().size();
  }

  public void close() throws Exception {
    harness.close();
  }

  /** The rule operator, handing the function a metric group that keeps its counters. */
  private static final class MeteredOperator<IN>
      extends KeyedCoProcessOperator<String, IN, DeviceInfo, MeterAlarm> {

    private static final long serialVersionUID = 1L;

    // The harness runs this very instance; only its configuration is serialized.
    private final transient RecordedMetrics metrics;

    MeteredOperator(MeterRuleFunction<IN> function, RecordedMetrics metrics) {
      super(function);
      this.metrics = metrics;
    }

    @Override
    public OperatorMetricGroup getMetricGroup() {
      return metrics;
    }
  }
}
