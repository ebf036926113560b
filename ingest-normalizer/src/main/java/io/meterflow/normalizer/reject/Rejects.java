package io.meterflow.normalizer.reject;

import io.meterflow.contracts.RejectedRecord;
import io.meterflow.normalizer.raw.RawPayload;
import java.nio.ByteBuffer;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** The side output every normalizer operator sends its rejects to, and how they are built. */
public final class Rejects {

  /** Rejected records of any operator of the normalizer. */
  public static final OutputTag<RejectedRecord> TAG =
      new OutputTag<>("rejected", TypeInformation.of(RejectedRecord.class));

  private Rejects() {}

  /** The dead-letter record of a payload, holding the payload exactly as received. */
  public static RejectedRecord of(RawPayload payload, RejectedInput why) {
    return RejectedRecord.newBuilder()
        .setTenant(why.tenant())
        .setSourceSystem(payload.sourceSystem())
        .setSourceFormat(payload.format())
        .setSourceLocation(payload.location())
        .setReason(why.reason())
        .setDetail(why.detail())
        .setOriginalBytes(payload.bytes() == null ? null : ByteBuffer.wrap(payload.bytes()))
        .setOriginalText(payload.text())
        .setIngestTime(payload.ingestTime())
        .build();
  }
}
