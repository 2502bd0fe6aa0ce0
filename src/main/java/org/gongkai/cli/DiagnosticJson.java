package org.gongkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.ControlCharacters;
import org.gongkai.model.Diagnostic;

/**
 * {@code check --format json}: the diagnostics for tools, in the same order as the text report. JSON
 * escapes C0 controls already; the other characters {@link ControlCharacters} refuses (DEL, C1, line
 * separators, bidirectional controls) are escaped too, so the output is safe to show on a terminal.
 */
final class DiagnosticJson {

    private DiagnosticJson() {
    }

    /** JSON's own escapes, and a backslash-u escape for every other character that must not reach a terminal. */
    private static final class VisibleEscapes extends CharacterEscapes {
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ControlCharacters.isRefused(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter out) throws JsonProcessingException {
        List<Map<String, Object>> items = DiagnosticReport.sorted(diagnostics).stream().map(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", d.severity().id());
            item.put("rule", d.rule());
            item.put("file", d.position().file());
            item.put("line", d.position().line());
            item.put("column", d.position().column());
            item.put("path", d.path());
            item.put("message", d.message());
            return item;
        }).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        report.put("warnings", diagnostics.stream().filter(Diagnostic::isWarning).count());
        report.put("notes", diagnostics.stream().filter(d -> d.severity() == org.gongkai.model.Severity.NOTE).count());
        report.put("diagnostics", items);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new VisibleEscapes());
        out.println(mapper.writeValueAsString(report));
        out.flush();
    }
}
