package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's figures as spreadsheet numbers, and captions as sheet names Excel accepts. */
class OfficeCellsTest {

    @Test
    void aFigureKeepsTheDecimalsItIsWrittenWith() {
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("3429.91"), "0.00")), WrittenNumber.of("3429.91"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("9.3"), "0.0")), WrittenNumber.of("9.3"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("0"), "0")), WrittenNumber.of("0"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("-12.50"), "0.00")), WrittenNumber.of("-12.50"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("1234.50"), "#,##0.00")), WrittenNumber.of("1,234.50"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("0.9646"), "0.00%")), WrittenNumber.of("96.46%"));
        assertEquals(Optional.of(new WrittenNumber(new BigDecimal("1.00"), "0%")), WrittenNumber.of("100%"));
    }

    @Test
    void whatIsNoPlainNumberStaysText() {
        for (String text : new String[] {"", "—", "+5", "1.2万", "≥90%", "12,34", "2101101 ", "1234567890123456.5"}) {
            assertEquals(Optional.empty(), WrittenNumber.of(text), text);
        }
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        SheetNames names = new SheetNames();
        assertEquals("表1 收入支出决算总表", names.next("表1 收入支出决算总表"));
        assertEquals("表1 收入支出决算总表（2）", names.next("表1 收入支出决算总表"));
        assertEquals("a_b_c_d_e_f_g_", names.next("a:b/c\\d?e*f[g]"));
        assertEquals("表4", names.next("History"));
        assertEquals("x", names.next("'x'"));
        String longName = "2022年度一般公共预算财政拨款基本支出决算明细表（按部门预算经济分类科目）";
        String first = names.next(longName);
        String second = names.next(longName);
        assertEquals(31, first.length());
        assertTrue(longName.startsWith(first));
        assertTrue(second.length() <= 31 && second.endsWith("（2）") && !second.equals(first), second);
        assertEquals("ABC", names.next("ABC"));
        assertEquals("abc（2）", names.next("abc"), "Excel compares names without case");
    }
}
