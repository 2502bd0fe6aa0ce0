package org.gongkai.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a cell's or a block's text is kept. */
class TextTest {

    @Test
    void aLineBreakNextToAChineseCharacterIsAWrapNotASpace() {
        assertEquals("一级指标", Text.clean("一级\n指标"));
        assertEquals("全年指标值", Text.clean("全年\r\n指标 \n 值"));
        assertEquals("实际值(2022年)", Text.clean("实际值\n(2022年)"));
        assertEquals("全年预算数（A）", Text.clean("全年预算数\n（A）"));
        assertEquals("药品网采率99%，耗材网采率81%", Text.clean("药品网采率99%，\n耗材网采率81%"));
    }

    @Test
    void otherWhiteSpaceStaysOneSpace() {
        assertEquals("南京市 医疗保障局", Text.clean("南京市　 医疗保障局"), "a typed space between Chinese words is kept");
        assertEquals("Total Amount", Text.clean("Total\nAmount"));
        assertEquals("1,234.50 万元", Text.clean(" 1,234.50\u00A0\u00A0万元\t"));
        assertEquals("ab", Text.clean("a\u0007b"));
    }
}
