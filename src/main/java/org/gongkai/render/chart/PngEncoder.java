package org.gongkai.render.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as PNG with the "Sub" filter on every row and a fast deflate. Charts are flat
 * colours, so this is about as small as ImageIO's output and many times faster: ImageIO tries all
 * five filters on every row, which was most of the time a build spent.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** @param image of type {@link BufferedImage#TYPE_INT_RGB} */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        // The pixels themselves: getRGB converts through the colour model pixel by pixel, many times slower.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[height * (1 + width * 3)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            raw[at++] = 1; // filter type Sub: each byte minus the byte of the pixel to its left
            int left = 0;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                int rgb = pixels[i];
                raw[at++] = (byte) (((rgb >> 16) & 0xFF) - ((left >> 16) & 0xFF));
                raw[at++] = (byte) (((rgb >> 8) & 0xFF) - ((left >> 8) & 0xFF));
                raw[at++] = (byte) ((rgb & 0xFF) - (left & 0xFF));
                left = rgb;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(raw.length / 8);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            try (DataOutputStream h = new DataOutputStream(header)) {
                h.writeInt(width);
                h.writeInt(height);
                h.writeByte(8); // bits per channel
                h.writeByte(2); // colour type: RGB
                h.writeByte(0); // deflate
                h.writeByte(0); // adaptive filtering (per-row filter bytes)
                h.writeByte(0); // no interlace
            }
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
