package org.gongkai.imports;

import java.time.Duration;

/**
 * How much of a file the import reads before refusing it: each bound is checked before the library
 * that would exhaust memory or the stack gets the file. README.md, "导入的限制", explains each value.
 *
 * @param maxFileBytes a file's size on disk
 * @param maxZipEntries entries in a .docx/.xlsx (a zip file)
 * @param maxUnpackedBytes all entries of a .docx/.xlsx together, unpacked
 * @param maxXmlPartBytes one XML part of a .docx/.xlsx, unpacked (it is parsed whole into memory)
 * @param maxCompressionRatio unpacked to packed size of any entry above {@link #RATIO_FLOOR_BYTES}
 * @param maxRows rows of one table or worksheet
 * @param maxColumns columns of one table or worksheet
 * @param maxMergedRegions merged regions of one worksheet
 * @param maxDepth nesting of elements in a web page
 * @param maxPdfPages pages of a PDF
 * @param conversionTimeout how long LibreOffice may take to turn a .doc into a .docx
 */
public record ImportLimits(long maxFileBytes, int maxZipEntries, long maxUnpackedBytes, long maxXmlPartBytes,
        int maxCompressionRatio, int maxRows, int maxColumns, int maxMergedRegions, int maxDepth,
        int maxPdfPages, Duration conversionTimeout) {

    /** Below this unpacked size an entry's compression ratio is not checked: tiny parts compress well. */
    public static final long RATIO_FLOOR_BYTES = 1 << 20;

    public static final ImportLimits DEFAULT = new ImportLimits(
            32L << 20, 1_000, 256L << 20, 24L << 20, 100, 5_000, 256, 10_000, 200, 1_000, Duration.ofMinutes(2));
}
