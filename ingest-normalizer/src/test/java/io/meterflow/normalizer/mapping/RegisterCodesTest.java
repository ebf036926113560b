package io.meterflow.normalizer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1-0:1.8.0|1-0:1.8.0",
        "1-0:1.8.0*255|1-0:1.8.0",
        "1-0:1.8.0.255|1-0:1.8.0",
        "1-0:1.8.0&255|1-0:1.8.0",
        "1.0.1.8.0.255|1-0:1.8.0",
        "1.0.1.8.0|1-0:1.8.0",
        "01-00:01.08.00|1-0:1.8.0",
        "0100010800FF|1-0:1.8.0",
        "'  8-0:1.0.0 '|8-0:1.0.0",
        "1-0:1.8.0*01|1-0:1.8.0*1",
        "1.8.0|1.8.0",
        "Import Energy|import_energy",
        "IMPORT-ENERGY|import_energy",
        "water  volume|water_volume",
        "A+|a+",
      })
  void shouldSpellEquivalentCodesTheSameWay(String code, String canonical) {
    assertThat(RegisterCodes.canonical(code)).isEqualTo(canonical);
  }
}
