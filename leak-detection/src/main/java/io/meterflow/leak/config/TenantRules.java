package io.meterflow.leak.config;

import static io.meterflow.leak.config.LeakDetectionOptions.BURST_DEFAULT_THRESHOLD;
import static io.meterflow.leak.config.LeakDetectionOptions.BURST_ENABLED;
import static io.meterflow.leak.config.LeakDetectionOptions.BURST_MIN_DURATION;
import static io.meterflow.leak.config.LeakDetectionOptions.BURST_MIN_INTERVALS;
import static io.meterflow.leak.config.LeakDetectionOptions.BURST_Q3_FRACTION;
import static io.meterflow.leak.config.LeakDetectionOptions.CONTINUOUS_FLOW_ENABLED;
import static io.meterflow.leak.config.LeakDetectionOptions.CONTINUOUS_FLOW_MAX_UNKNOWN;
import static io.meterflow.leak.config.LeakDetectionOptions.CONTINUOUS_FLOW_WINDOW;
import static io.meterflow.leak.config.LeakDetectionOptions.DEFAULT_TIMEZONE;
import static io.meterflow.leak.config.LeakDetectionOptions.METER_CODE_ENABLED;
import static io.meterflow.leak.config.LeakDetectionOptions.METER_CODE_SEVERITIES;
import static io.meterflow.leak.config.LeakDetectionOptions.MIN_LEAK_FLOW;
import static io.meterflow.leak.config.LeakDetectionOptions.NIGHT_FLOW_ENABLED;
import static io.meterflow.leak.config.LeakDetectionOptions.NIGHT_FLOW_NIGHTS;
import static io.meterflow.leak.config.LeakDetectionOptions.NIGHT_FLOW_THRESHOLD;
import static io.meterflow.leak.config.LeakDetectionOptions.NIGHT_WINDOW_END;
import static io.meterflow.leak.config.LeakDetectionOptions.NIGHT_WINDOW_START;
import static io.meterflow.leak.config.LeakDetectionOptions.SEVERITY_CRITICAL_FLOW;
import static io.meterflow.leak.config.LeakDetectionOptions.SEVERITY_MAJOR_FLOW;
import static io.meterflow.leak.config.LeakDetectionOptions.STANDSTILL_THRESHOLD;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.leak.burst.BurstConfig;
import io.meterflow.leak.burst.BurstRule;
import io.meterflow.leak.continuousflow.ContinuousFlowConfig;
import io.meterflow.leak.continuousflow.ContinuousFlowRule;
import io.meterflow.leak.episode.SeverityScale;
import io.meterflow.leak.metercode.MeterCodeConfig;
import io.meterflow.leak.metercode.MeterCodeRule;
import io.meterflow.leak.nightflow.NightFlowConfig;
import io.meterflow.leak.nightflow.NightFlowRule;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ReadableConfig;

/** The rules of one tenant, with the thresholds in force for it. */
public record TenantRules(
    ZoneId defaultZone,
    ContinuousFlowRule continuousFlow,
    BurstRule burst,
    NightFlowRule nightFlow,
    MeterCodeRule meterCode)
    implements Serializable {

  /** The rules from the options of {@link LeakDetectionOptions#TENANT_OPTIONS}. */
  public static TenantRules from(ReadableConfig config) {
    SeverityScale severity =
        new SeverityScale(config.get(SEVERITY_MAJOR_FLOW), config.get(SEVERITY_CRITICAL_FLOW));
    return new TenantRules(
        zone(config),
        new ContinuousFlowRule(
            new ContinuousFlowConfig(
                config.get(CONTINUOUS_FLOW_ENABLED),
                config.get(STANDSTILL_THRESHOLD),
                config.get(MIN_LEAK_FLOW),
                wholeHours(config, CONTINUOUS_FLOW_WINDOW),
                wholeHours(config, CONTINUOUS_FLOW_MAX_UNKNOWN)),
            severity),
        new BurstRule(
            new BurstConfig(
                config.get(BURST_ENABLED),
                config.get(BURST_Q3_FRACTION),
                config.get(BURST_DEFAULT_THRESHOLD),
                config.get(BURST_MIN_DURATION),
                config.get(BURST_MIN_INTERVALS)),
            severity),
        new NightFlowRule(
            new NightFlowConfig(
                config.get(NIGHT_FLOW_ENABLED),
                localTime(config, NIGHT_WINDOW_START),
                localTime(config, NIGHT_WINDOW_END),
                config.get(NIGHT_FLOW_THRESHOLD),
                config.get(NIGHT_FLOW_NIGHTS)),
            severity),
        new MeterCodeRule(
            new MeterCodeConfig(config.get(METER_CODE_ENABLED), codeSeverities(config))));
  }

  private static ZoneId zone(ReadableConfig config) {
    String zone = config.get(DEFAULT_TIMEZONE);
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw invalid(DEFAULT_TIMEZONE, zone, "an IANA zone such as Europe/Madrid");
    }
  }

  private static int wholeHours(ReadableConfig config, ConfigOption<Duration> option) {
    Duration duration = config.get(option);
    if (duration.isNegative() || !duration.equals(Duration.ofHours(duration.toHours()))) {
      throw invalid(option, duration, "a whole number of hours, such as 24 h");
    }
    return Math.toIntExact(duration.toHours());
  }

  private static LocalTime localTime(ReadableConfig config, ConfigOption<String> option) {
    String time = config.get(option);
    try {
      return LocalTime.parse(time);
    } catch (DateTimeException e) {
      throw invalid(option, time, "a local time HH:mm such as 02:00");
    }
  }

  private static Map<ReadingFlag, AlarmSeverity> codeSeverities(ReadableConfig config) {
    Map<ReadingFlag, AlarmSeverity> severities = new EnumMap<>(ReadingFlag.class);
    for (Map.Entry<String, String> entry : config.get(METER_CODE_SEVERITIES).entrySet()) {
      try {
        severities.put(
            ReadingFlag.valueOf(entry.getKey().trim()),
            AlarmSeverity.valueOf(entry.getValue().trim()));
      } catch (IllegalArgumentException e) {
        throw invalid(
            METER_CODE_SEVERITIES,
            entry.getKey() + ":" + entry.getValue(),
            "CODE:SEVERITY pairs such as LEAK:MAJOR, severities among INFO, MINOR, MAJOR, CRITICAL");
      }
    }
    return severities;
  }

  private static IllegalArgumentException invalid(
      ConfigOption<?> option, Object value, String expected) {
    return new IllegalArgumentException(
        "Invalid " + option.key() + " '" + value + "': expected " + expected);
  }
}
