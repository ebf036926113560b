package io.meterflow.leak.metercode;

import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.leak.episode.EvidenceKeys;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.interval.FlowSample;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * METER_CODE: the meter's own info codes (LEAK, BURST, DRY, REVERSE, TAMPER) passed through, one
 * episode per code, raised by the first reading that carries the code.
 *
 * <p>A meter repeats its status on every reading of the register that carries it, so the episode is
 * cleared by the next reading of that same register without the code. Readings of other registers
 * say nothing about it: a meter that reports codes on an event register and plain volumes on its
 * index would otherwise raise and clear in turn.
 */
public final class MeterCodeRule implements Serializable {

  static final String CODE = "code";
  static final String REGISTER = "register";

  private final MeterCodeConfig config;

  public MeterCodeRule(MeterCodeConfig config) {
    this.config = config;
  }

  public MeterCodeConfig config() {
    return config;
  }

  /**
   * Takes the meter's next reading, in event-time order.
   *
   * @param open the meter's open code episodes
   * @return one verdict per code the reading raises or clears, in the order of the codes
   */
  public List<CodeVerdict> onReading(MeterReading reading, Map<ReadingFlag, MeterAlarm> open) {
    Set<ReadingFlag> reported = EnumSet.noneOf(ReadingFlag.class);
    for (ReadingFlag flag : reading.getFlags()) {
      if (config.severities().containsKey(flag)) {
        reported.add(flag);
      }
    }
    List<CodeVerdict> verdicts = new ArrayList<>();
    for (ReadingFlag code : MeterCodeConfig.INFO_CODES) {
      MeterAlarm episode = open.get(code);
      if (reported.contains(code) && episode == null) {
        verdicts.add(new CodeVerdict(code, reported(code, reading)));
      } else if (!reported.contains(code)
          && episode != null
          && reading.getRegister().name().equals(episode.getParameters().get(REGISTER))) {
        verdicts.add(new CodeVerdict(code, noLongerReported(code, reading, episode)));
      }
    }
    return verdicts;
  }

  private RuleVerdict reported(ReadingFlag code, MeterReading reading) {
    return new RuleVerdict.Holds(
        reading.getReadingTime(),
        reading.getReadingTime(),
        new AlarmFinding(
            config.severities().get(code),
            "The meter reports " + code + " on its " + reading.getRegister() + " register",
            Map.of()),
        Map.of(CODE, code.name(), REGISTER, reading.getRegister().name()));
  }

  private static RuleVerdict noLongerReported(
      ReadingFlag code, MeterReading reading, MeterAlarm episode) {
    Instant now = reading.getReadingTime();
    return new RuleVerdict.Ended(
        now,
        now,
        "The meter no longer reports " + code,
        Map.of(EvidenceKeys.HOURS_REPORTED, FlowSample.hours(episode.getStartTime(), now)));
  }
}
