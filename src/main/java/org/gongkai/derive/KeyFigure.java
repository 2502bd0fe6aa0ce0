package org.gongkai.derive;

/**
 * The figures of a 部门决算 that are compared across years, with the YAML key of
 * {@code previous-year} that can state each of them (null where the document cannot state it).
 */
public enum KeyFigure {
    GRAND_TOTAL("收、支总计", "total"),
    INCOME_TOTAL("本年收入合计", null),
    EXPENDITURE_TOTAL("本年支出合计", null),
    FISCAL_TOTAL("财政拨款收、支总计", "fiscal-total"),
    GENERAL_BUDGET("一般公共预算财政拨款支出", "general-budget-expenditure"),
    BASIC("基本支出", "basic"),
    PROJECT("项目支出", "project"),
    PERSONNEL("人员经费", null),
    PUBLIC("公用经费", null),
    THREE_PUBLIC("“三公”经费支出", "three-public"),
    ABROAD("因公出国（境）费", null),
    VEHICLES("公务用车购置及运行维护费", null),
    RECEPTION("公务接待费", "reception"),
    OPERATING_COSTS("机关运行经费", "operating-costs"),
    PROCUREMENT("政府采购支出总额", null);

    private final String label;
    private final String statedKey;

    KeyFigure(String label, String statedKey) {
        this.label = label;
        this.statedKey = statedKey;
    }

    public String label() {
        return label;
    }

    public String statedKey() {
        return statedKey;
    }
}
