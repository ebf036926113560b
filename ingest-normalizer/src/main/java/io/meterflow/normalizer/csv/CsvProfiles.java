package io.meterflow.normalizer.csv;

import io.meterflow.contracts.ReadingKind;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The CSV profiles files can be read with: the built-in ones and the user's. */
public record CsvProfiles(Map<String, CsvProfile> byName) implements Serializable {

  /**
   * The DAIAD smart water meter trial (DAIAD trial data, CC-BY-SA 4.0): {@code User
   * key;datetime;meter reading;diff}, local time in Spain, cumulative index in litres. The diff
   * column is derived from the index and not read.
   */
  public static final CsvProfile DAIAD =
      new CsvProfile(
          "daiad-csv",
          ';',
          true,
          CsvColumns.of(0, 1, 2),
          "dd/MM/yyyy HH:mm:ss",
          "Europe/Madrid",
          "L",
          "8-0:1.0.0",
          '.',
          ReadingKind.CUMULATIVE,
          "daiad");

  public CsvProfiles {
    byName = Map.copyOf(byName);
  }

  public static CsvProfiles builtIn() {
    return new CsvProfiles(Map.of(DAIAD.name(), DAIAD));
  }

  /** These profiles plus others; a user profile with a built-in's name replaces it. */
  public CsvProfiles with(Collection<CsvProfile> profiles) {
    Map<String, CsvProfile> all = new LinkedHashMap<>(byName);
    for (CsvProfile profile : profiles) {
      all.put(profile.name(), profile);
    }
    return new CsvProfiles(all);
  }

  public Optional<CsvProfile> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public String names() {
    return String.join(", ", new TreeSet<>(byName.keySet()));
  }
}
