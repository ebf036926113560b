package io.meterflow.cassandra.sink;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

/**
 * Checkpoints the rows buffered in a writer. The failure count is not kept: after a restore the
 * cluster gets a fresh round of attempts.
 */
final class CassandraRowSerializer extends AsyncSinkWriterStateSerializer<CassandraRow> {

  private static final int VERSION = 1;

  @Override
  protected void serializeRequestToStream(CassandraRow row, DataOutputStream out)
      throws IOException {
    out.writeInt(row.size());
    for (int i = 0; i < row.size(); i++) {
      RowValues.write(row.value(i), out);
    }
  }

  @Override
  protected CassandraRow deserializeRequestFromStream(long requestSize, DataInputStream in)
      throws IOException {
    Object[] values = new Object[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = RowValues.read(in);
    }
    return new CassandraRow(values);
  }

  @Override
  public int getVersion() {
    return VERSION;
  }
}
