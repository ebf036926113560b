package io.meterflow.normalizer.headend;

import static io.meterflow.normalizer.testing.NormalizerFixtures.headEnd;
import static io.meterflow.normalizer.testing.NormalizerFixtures.headEndReading;
import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.testing.FakeHeadEndDecoder;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import io.meterflow.normalizer.testing.Rejection;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadEndPayloadParserTest {

  private final HeadEndPayloadParser parser =
      new HeadEndPayloadParser(new FakeHeadEndDecoder(), new FieldRules(256));

  @Test
  void shouldReadEveryFieldOfAHeadEndReading() throws Exception {
    RawPayload payload =
        headEnd(
            FakeHeadEndDecoder.encode(
                headEndReading()
                    .setStatusCodes(List.of("TAMPER", " "))
                    .setReadingType("cumulative")
                    .build()));

    assertThat(parser.parse(payload))
        .usingRecursiveComparison()
        .isEqualTo(
            parsed()
                .source(payload)
                .status("TAMPER")
                .readingType("cumulative")
                .sourceSystem(NormalizerFixtures.HEAD_END)
                .build());
  }

  @Test
  void shouldRejectAMessageWithAnotherMagicByte() {
    byte[] message = FakeHeadEndDecoder.encode(headEndReading().build());
    message[0] = 1;

    assertThat(rejection(message))
        .isEqualTo(new Rejection(RejectReason.BAD_MAGIC_BYTE, "The magic byte is 1, not 0"));
  }

  @Test
  void shouldRejectAMessageOfAnUnknownSchema() {
    byte[] message = FakeHeadEndDecoder.encode(headEndReading().build(), 99);

    assertThat(rejection(message))
        .isEqualTo(new Rejection(RejectReason.UNKNOWN_SCHEMA_ID, "Schema id 99 is not registered"));
  }

  @Test
  void shouldRejectATruncatedMessage() {
    byte[] message = FakeHeadEndDecoder.encode(headEndReading().build());

    assertThat(rejection(Arrays.copyOf(message, message.length - 3)))
        .isEqualTo(
            new Rejection(RejectReason.UNPARSEABLE, "The Avro record is truncated or corrupt"));
    assertThat(rejection(new byte[] {0, 0}))
        .isEqualTo(
            new Rejection(
                RejectReason.UNPARSEABLE, "The message is shorter than the 5-byte header"));
  }

  @Test
  void shouldRejectAMessageOnWhichTheDecoderFails() {
    HeadEndPayloadParser failing =
        new HeadEndPayloadParser(
            message -> {
              throw new IllegalStateException("corrupt union index");
            },
            new FieldRules(256));

    assertThat(Rejection.of(() -> failing.parse(headEnd(new byte[] {0}))))
        .isEqualTo(
            new Rejection(
                RejectReason.UNPARSEABLE,
                "The message is not valid Avro of a head-end reading: IllegalStateException"));
  }

  @Test
  void shouldLetARegistryOutageFailTheTaskRatherThanRejectTheMessage() {
    HeadEndPayloadParser registryDown =
        new HeadEndPayloadParser(
            message -> {
              throw new IOException("schema registry unavailable");
            },
            new FieldRules(256));

    assertThatThrownBy(() -> registryDown.parse(headEnd(new byte[] {0, 0, 0, 0, 7})))
        .isInstanceOf(IOException.class)
        .hasMessage("schema registry unavailable");
  }

  @Test
  void shouldRejectInvalidFieldsNamingThemAsTheSchemaDoes() {
    assertThat(rejection(FakeHeadEndDecoder.encode(headEndReading().setDeviceId("").build())))
        .isEqualTo(new Rejection(RejectReason.MISSING_FIELD, "Field 'deviceId' is missing."));
    assertThat(rejection(FakeHeadEndDecoder.encode(headEndReading().setValue(Double.NaN).build())))
        .isEqualTo(
            new Rejection(
                RejectReason.NON_FINITE_VALUE,
                "Field 'value' is NaN; a reading needs a finite number."));
    assertThat(
            rejection(
                    FakeHeadEndDecoder.encode(
                        headEndReading().setTimestamp("2024-06-01T10:00:00 CEST").build()))
                .reason())
        .isEqualTo(RejectReason.INVALID_FIELD);
  }

  private Rejection rejection(byte[] message) {
    return Rejection.of(() -> parser.parse(headEnd(message)));
  }
}
