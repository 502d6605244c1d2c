package io.maestro.standalone.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The on-disk form of the journal and of the snapshot: a sequence of frames, each one BSON document (which
 * starts with its own length) followed by the CRC-32 of its bytes. A frame cut short or damaged by a crash
 * ends the readable part of a file; everything before it is kept.
 */
final class JournalFile {

    private static final int MAX_FRAME = 64 * 1024 * 1024;

    private JournalFile() {
    }

    static byte[] encode(JournalRecord record) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(record.toBson(), buffer);
            int length = buffer.readableBytes();
            byte[] frame = new byte[length + 4];
            buffer.getBytes(0, frame, 0, length);
            CRC32 crc = new CRC32();
            crc.update(frame, 0, length);
            ByteBuffer.wrap(frame, length, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue());
            return frame;
        } finally {
            buffer.release();
        }
    }

    /** Makes a rename or a removal in {@code directory} durable. */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Feeds every intact record of {@code file} to {@code sink}; returns the byte length of the intact part. */
    static long read(Path file, Consumer<JournalRecord> sink) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long intact = 0;
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            while (true) {
                byte[] frame;
                try {
                    int length = Integer.reverseBytes(data.readInt());
                    if (length < 5 || length > MAX_FRAME) {
                        return intact;
                    }
                    frame = new byte[length + 4];
                    ByteBuffer.wrap(frame, 0, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(length);
                    data.readFully(frame, 4, length);
                } catch (EOFException endOfIntactPart) {
                    return intact;
                }
                int length = frame.length - 4;
                CRC32 crc = new CRC32();
                crc.update(frame, 0, length);
                int stored = ByteBuffer.wrap(frame, length, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
                if (stored != (int) crc.getValue()) {
                    return intact;
                }
                ByteBuf bson = Unpooled.wrappedBuffer(frame, 0, length);
                Document document = BsonDecoder.decodeBson(bson);
                sink.accept(JournalRecord.fromBson(document));
                intact += frame.length;
            }
        }
    }
}
