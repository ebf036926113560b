package io.meterflow.leak.testing;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.meter.MeterDevice;
import io.meterflow.contracts.testing.KeyedStateProbe;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.detector.FlowAlarmFunction;
import io.meterflow.leak.detector.MeterAlarmFunction;
import io.meterflow.leak.detector.MeterCodeAlarmFunction;
import io.meterflow.leak.detector.MeterKeys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/**
 * One of the per-meter alarm operators in a test harness: records and DeviceInfo in, watermarks
 * moved by hand, alarms out, state and timers counted.
 */
public final class MeterHarness<IN> {

  private final KeyedTwoInputStreamOperatorTestHarness<String, IN, DeviceInfo, MeterAlarm> harness;
  private final ToLongFunction<IN> eventTime;

  private MeterHarness(
      MeterAlarmFunction<IN> function, KeySelector<IN, String> key, ToLongFunction<IN> eventTime)
      throws Exception {
    this.harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(function), key, MeterKeys.ofDevice(), Types.STRING);
    this.eventTime = eventTime;
    harness.open();
  }

  /** The flow rules, with the given options over the defaults. */
  public static MeterHarness<IntervalConsumption> flowRules(Map<String, String> options)
      throws Exception {
    return new MeterHarness<>(
        new FlowAlarmFunction(settings(options)),
        MeterKeys.ofInterval(),
        interval -> interval.getIntervalEnd().toEpochMilli());
  }

  /** The meter-code rule, with the given options over the defaults. */
  public static MeterHarness<MeterReading> meterCodes(Map<String, String> options)
      throws Exception {
    return new MeterHarness<>(
        new MeterCodeAlarmFunction(settings(options)),
        MeterKeys.ofReading(),
        reading -> reading.getReadingTime().toEpochMilli());
  }

  public static LeakDetectionSettings settings(Map<String, String> options) {
    return LeakDetectionSettings.from(Configuration.fromMap(options));
  }

  public MeterHarness<IN> device(DeviceInfo device) throws Exception {
    harness.processElement2(device, device.getUpdatedTime().toEpochMilli());
    return this;
  }

  public MeterHarness<IN> add(List<IN> records) throws Exception {
    for (IN record : records) {
      harness.processElement1(record, eventTime.applyAsLong(record));
    }
    return this;
  }

  public MeterHarness<IN> add(IN record) throws Exception {
    return add(List.of(record));
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
}
