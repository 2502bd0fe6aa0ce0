package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.DemoContent;
import org.gongkai.model.Diagnostic;
import org.gongkai.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 人员经费 + 公用经费 against 基本支出 when the report has no 科目 tables: equal where all the money is
 * 一般公共预算财政拨款, at most 基本支出 where other money pays for some of it.
 */
class BasicSplitTest {

    @TempDir
    Path dir;

    private List<String> rules(String income, String personnel) throws IOException {
        Path content = DemoContent.write(dir.resolve("content"), DemoContent.SITE, Map.of("case.yaml", """
                kind: final-accounts
                title: 示例县医疗保障局2023年度部门决算
                year: 2023
                money-unit: 万元
                income: %s
                expenditure: { basic: 60, project: 60 }
                basic-expenditure: { personnel: %s, public: 10 }
                """.formatted(income, personnel)));
        return new SiteBuilder(1).check(content).diagnostics().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void onlyGeneralBudgetMoney() throws IOException {
        assertEquals(List.of(), rules("{ general-budget: 120 }", "50"));
        assertEquals(List.of("accounts.basic-split"), rules("{ general-budget: 120 }", "49"));
        assertEquals(List.of("accounts.basic-split"), rules("{ general-budget: 120 }", "51"));
    }

    @Test
    void otherMoneyPaysForPartOfTheBasicExpenditure() throws IOException {
        assertEquals(List.of(), rules("{ general-budget: 100, business: 20 }", "30"));
        assertEquals(List.of(), rules("{ general-budget: 100, business: 20 }", "50"));
        assertEquals(List.of("accounts.basic-split"), rules("{ general-budget: 100, business: 20 }", "51"));
    }
}
