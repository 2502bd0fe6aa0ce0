package org.gongkai.model;

/** The report kinds gongkai publishes; the YAML spells them by {@link #label()}. */
public enum ReportKind implements Labeled {
    FINAL_ACCOUNTS("final-accounts", "部门决算"),
    DEPARTMENT_EVALUATION("department-evaluation", "部门整体支出绩效自评"),
    PROJECT_EVALUATION("project-evaluation", "项目支出绩效自评");

    private final String label;
    private final String chinese;

    ReportKind(String label, String chinese) {
        this.label = label;
        this.chinese = chinese;
    }

    @Override
    public String label() {
        return label;
    }

    public String chinese() {
        return chinese;
    }
}
