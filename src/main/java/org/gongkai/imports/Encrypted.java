package org.gongkai.imports;

/** The message for a file locked with a password. */
final class Encrypted {

    private Encrypted() {
    }

    static ImportException office(String name) {
        return new ImportException(name, "文件设置了打开密码，gongkai 无法读取加密的文件",
                "请用 Word、WPS 或 Excel 输入密码打开它，在“文件 → 信息 → 保护文档/工作簿”中删除密码，另存后再导入");
    }

    static ImportException pdf(String name) {
        return new ImportException(name, "PDF 设置了打开密码，gongkai 无法读取加密的文件",
                "请输入密码打开它，另存一份没有密码的 PDF，或改用它的 Word 或 Excel 原件导入");
    }
}
