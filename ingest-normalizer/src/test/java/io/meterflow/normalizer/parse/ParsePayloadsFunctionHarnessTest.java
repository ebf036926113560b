package io.meterflow.normalizer.parse;

import static io.meterflow.normalizer.testing.NormalizerFixtures.csv;
import static io.meterflow.normalizer.testing.NormalizerFixtures.headEnd;
import static io.meterflow.normalizer.testing.NormalizerFixtures.headEndReading;
import static io.meterflow.normalizer.testing.NormalizerFixtures.json;
import static io.meterflow.normalizer.testing.WebApiLine.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.normalizer.NormalizerSettings;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.Rejects;
import io.meterflow.normalizer.testing.FakeHeadEndDecoder;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParsePayloadsFunctionHarnessTest {

  private OneInputStreamOperatorTestHarness<RawPayload, ParsedReading> harness;

  @Test
  void shouldParseEveryFormatRejectTheUnparseableAndSkipHeaders() throws Exception {
    RawPayload header = csv("daiad-csv", 1, "user key;datetime;meter reading;diff");
    RawPayload row = csv("daiad-csv", 2, "m-1;01/03/2016 00:28:55;68321;10");
    RawPayload line = json(1, reading().json());
    RawPayload message = headEnd(2, FakeHeadEndDecoder.encode(headEndReading().build()));
    byte[] wrongMagic = {1, 0, 0, 0, 7, 42};

    open(new FakeHeadEndDecoder());
    harness.processElement(new StreamRecord<>(header));
    harness.processElement(new StreamRecord<>(row));
    harness.processElement(new StreamRecord<>(line));
    harness.processElement(new StreamRecord<>(message));
    harness.processElement(new StreamRecord<>(headEnd(3, wrongMagic)));

    assertThat(harness.extractOutputValues())
        .extracting(parsed -> parsed.source().location())
        .containsExactly(row.location(), line.location(), message.location());
    assertThat(harness.getSideOutput(Rejects.TAG))
        .extracting(StreamRecord::getValue)
        .containsExactly(
            RejectedRecord.newBuilder()
                .setTenant(null)
                .setSourceSystem(NormalizerFixtures.HEAD_END_TOPIC)
                .setSourceFormat(SourceFormat.HEAD_END_AVRO)
                .setSourceLocation(NormalizerFixtures.HEAD_END_TOPIC + "-0@3")
                .setReason(RejectReason.BAD_MAGIC_BYTE)
                .setDetail("The magic byte is 1, not 0")
                .setOriginalBytes(ByteBuffer.wrap(wrongMagic))
                .setOriginalText(null)
                .setIngestTime(NormalizerFixtures.INGEST)
                .build());
  }

  @Test
  void shouldFailTheTaskWhenTheSchemaRegistryIsDown() throws Exception {
    HeadEndDecoder registryDown =
        message -> {
          throw new IOException("schema registry unavailable");
        };

    open(registryDown);
    StreamRecord<RawPayload> message =
        new StreamRecord<>(headEnd(FakeHeadEndDecoder.encode(headEndReading().build())));

    assertThatThrownBy(() -> harness.processElement(message))
        .isInstanceOf(IOException.class)
        .hasMessage("schema registry unavailable");
    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.getSideOutput(Rejects.TAG)).isNull();
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  private void open(HeadEndDecoder decoder) throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forProcessFunction(
            new ParsePayloadsFunction(NormalizerSettings.defaults().payloadParsing(decoder)));
  }
}
