package org.gongkai.model;

/**
 * 决算范围: what a 决算 covers, as its title says. A 部门决算 covers the department as a whole (汇总 of its
 * 本级 and 下属单位), a 本级 one the department's own office only, a 单位决算 one unit. The YAML spells
 * them 部门, 本级, 单位; a 决算 that does not say is a 部门决算.
 */
public enum AccountsScope implements Labeled {
    DEPARTMENT("部门", "部门决算"),
    OWN_OFFICE("本级", "部门决算（本级）"),
    UNIT("单位", "单位决算");

    private final String label;
    private final String documentName;

    AccountsScope(String label, String documentName) {
        this.label = label;
        this.documentName = documentName;
    }

    @Override
    public String label() {
        return label;
    }

    /** What the document is called: 部门决算, 部门决算（本级）, 单位决算. */
    public String documentName() {
        return documentName;
    }

    /** The scope a 决算 states, or 部门 when it states none. */
    public static AccountsScope of(FinalAccounts accounts) {
        return accounts.scope() == null ? DEPARTMENT : accounts.scope();
    }
}
