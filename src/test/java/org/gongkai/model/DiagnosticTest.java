package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    /** What gongkai throws is told as an error naming the file and what to report, never as a stack trace. */
    @Test
    void anInternalErrorNamesTheFileAndWhatToReport() {
        RuntimeException thrown = new NullPointerException("Cannot invoke \"java.lang.Integer.intValue()\"");
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.TimSort", "sort", "TimSort.java", 220),
            new StackTraceElement("org.gongkai.model.Content", "<init>", "Content.java", 22)});
        Diagnostic error = Diagnostic.internalError(Position.ofFile("content/units/a/2023/fa.yaml"), thrown);
        assertTrue(error.isError());
        assertEquals("internal.error", error.rule());
        assertEquals("content/units/a/2023/fa.yaml: 错误 [internal.error] gongkai 内部错误（NullPointerException，位于 "
                + "org.gongkai.model.Content.<init>:22）：处理此文件时程序出错。请把这个文件、这条信息和 gongkai 的版本（开发版）报告给开发者",
                error.toString());
        assertFalse(error.message().contains("intValue"), "the exception's own message is for developers' logs only");
    }
}
