package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.GradeBand;
import org.gongkai.model.Labeled;
import org.gongkai.model.Origin;
import org.gongkai.model.Report;
import org.gongkai.model.ReportKind;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/** Names that must refer to something defined: grade scales, parent units, report kinds. */
final class ReferenceChecks {

    private ReferenceChecks() {
    }

    /** The site's and the units' references. */
    static List<Diagnostic> check(Site site, List<Unit> units) {
        List<Diagnostic> findings = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        Map<String, List<GradeBand>> scales = scales(site);
        scales.forEach((name, bands) -> {
            if (bands.isEmpty()) {
                findings.add(Diagnostic.error("grade.empty-scale", site.origin().keyOf("grade-scales." + name),
                        "grade-scales." + name,
                        "等级标准应至少有一档（如 { grade: 优, min: 90 }），实际为空"));
            }
        });
        if (site.percentDecimals() != null && (site.percentDecimals() < 0 || site.percentDecimals() > 6)) {
            findings.add(Diagnostic.error("schema.range", site.origin().of("percent-decimals"), "percent-decimals",
                    "应为 0 到 6 之间的整数，实际为 " + site.percentDecimals()));
        }
        scaleName(site.gradeScale(), scales, site.origin(), "grade-scale", findings);
        if (site.scope() == org.gongkai.model.Scope.UNIT && units.size() != 1) {
            findings.add(Diagnostic.error("site.scope", site.origin().of("scope"), "scope",
                    "单个单位的网站（scope: unit）应正好有一个单位，实际有 " + units.size()
                            + " 个；多个单位请用 scope: portal"));
        }
        if (site.gradeScaleByKind() != null) {
            site.gradeScaleByKind().forEach((kind, scale) -> {
                String path = "grade-scale-by-kind." + kind;
                if (Labeled.parse(ReportKind.class, kind).isEmpty()) {
                    findings.add(Diagnostic.error("schema.kind", site.origin().keyOf(path), path,
                            "未知的报告类型：应为 " + Labeled.allowed(ReportKind.class) + " 之一，实际为“" + kind + "”"));
                }
                scaleName(scale, scales, site.origin(), path, findings);
            });
        }
        baseUrl(site, findings);
        parentCycles(units, findings);
        for (Unit unit : units) {
            scaleName(unit.gradeScale(), scales, unit.origin(), "grade-scale", findings);
            if (unit.parent() != null && unit.parent().equals(unit.id())) {
                findings.add(Diagnostic.error("ref.parent", unit.origin().of("parent"), "parent",
                        "上级单位不能是本单位自己：应为另一个单位的标识，实际为“" + unit.parent() + "”"));
            } else if (unit.parent() != null && !ids.contains(unit.parent())) {
                findings.add(Diagnostic.error("ref.parent", unit.origin().of("parent"), "parent",
                        "上级单位应为已有单位的标识，实际为“" + unit.parent() + "”（没有 units/" + unit.parent() + "/）"));
            }
        }
        return findings;
    }

    /** Feeds and the sitemap put it before every link: only a web address will do, never "javascript:" or "file:". */
    private static void baseUrl(Site site, List<Diagnostic> findings) {
        String url = site.baseUrl();
        if (url == null) {
            return;
        }
        String problem = null;
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem = "应以 https:// 或 http:// 开头";
            } else if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
                problem = "应写出网站的域名";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "不应带“?”或“#”之后的部分";
            }
        } catch (java.net.URISyntaxException e) {
            problem = "不是有效的网址（可能含有空格或不允许的字符）";
        }
        if (problem != null) {
            findings.add(Diagnostic.error("site.base-url", site.origin().of("base-url"), "base-url",
                    "站点地址" + problem + "，如 https://ybj.example.gov.cn/gongkai/，实际为“" + url + "”"));
        }
    }

    /** Units whose parents lead back to themselves: one error per cycle, at the first of its units by id, naming every file in it. */
    private static void parentCycles(List<Unit> units, List<Diagnostic> findings) {
        Map<String, Unit> byId = new java.util.TreeMap<>();
        units.forEach(u -> byId.putIfAbsent(u.id(), u));
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Unit start : byId.values()) {
            List<Unit> chain = new ArrayList<>();
            Unit at = start;
            while (at != null && at.parent() != null && !at.parent().equals(at.id()) && !chain.contains(at)) {
                chain.add(at);
                at = byId.get(at.parent());
            }
            if (at != start || chain.size() < 2 || !reported.add(start.id())) {
                continue;
            }
            chain.forEach(u -> reported.add(u.id()));
            String cycle = String.join("，", chain.stream().map(u -> u.file() + " 的上级为 " + u.parent()).toList());
            findings.add(Diagnostic.error("ref.parent-cycle", start.origin().of("parent"), "parent",
                    "上级单位形成循环（" + cycle + "）：上级关系应从县到市到省，不能绕回本单位"));
        }
    }

    /** A report's grade scale, which must be one the site defines. */
    static void check(Report report, Site site, List<Diagnostic> findings) {
        scaleName(report.header().gradeScale(), scales(site), report.origin(), "grade-scale", findings);
    }

    private static Map<String, List<GradeBand>> scales(Site site) {
        return site.gradeScales() == null ? Map.of() : site.gradeScales();
    }

    private static void scaleName(String name, Map<String, List<GradeBand>> scales, Origin origin, String key,
            List<Diagnostic> findings) {
        if (name != null && !scales.containsKey(name)) {
            String known = scales.isEmpty() ? "site.yaml 的 grade-scales 中尚未定义任何等级标准"
                    : "应为 site.yaml 中 grade-scales 定义的 " + String.join("、", scales.keySet()) + " 之一";
            findings.add(Diagnostic.error("ref.grade-scale", origin.of(key), key,
                    "未定义的等级标准：" + known + "，实际为“" + name + "”"));
        }
    }
}
