package org.gongkai.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.derive.Overview;
import org.gongkai.derive.ReportSummary;

/**
 * Each year's reports' data and sources in a zip, and all years in one: the entries of the reports'
 * bundles, copied as they are compressed, under the reports' folders.
 */
final class Datasets {

    private Datasets() {
    }

    /**
     * @param rendered the files rendered so far, among them the reports' bundle.zip
     * @param siteTitle what the packages' titles start with
     */
    static void write(Overview overview, List<RenderedFile> rendered, TaskRunner tasks, String siteTitle) {
        Map<String, RenderedFile> bundles = new HashMap<>();
        for (RenderedFile file : rendered) {
            if (file.path().endsWith("/bundle.zip")) {
                bundles.put(file.path(), file);
            }
        }
        Map<Integer, TreeMap<String, RenderedFile>> years = new TreeMap<>();
        for (ReportSummary report : overview.reports()) {
            String folder = PageWriter.folderOf(ReportLink.pathOf(report.header()));
            RenderedFile bundle = bundles.get(folder + "bundle.zip");
            if (bundle != null) {
                years.computeIfAbsent(report.year(), y -> new TreeMap<>()).put(folder, bundle);
            }
        }
        List<Integer> order = List.copyOf(years.keySet());
        FileSink out = tasks.out();
        tasks.add(out.write("data/all.zip", all -> {
            DataPackage.Merged allPackage = new DataPackage.Merged("gongkai-all", siteTitle + " 全部数据");
            try (ZipArchive.Writer everything = new ZipArchive.Writer(all)) {
                for (int year : order) {
                    tasks.add(out.write("data/" + year + ".zip", one -> {
                        DataPackage.Merged yearPackage = new DataPackage.Merged("gongkai-" + year, siteTitle + " " + year + "年度数据");
                        try (ZipArchive.Writer yearZip = new ZipArchive.Writer(one)) {
                            for (var report : years.get(year).entrySet()) {
                                tasks.stopIfCancelled();
                                for (ZipArchive.Entry entry : ZipArchive.entries(out.read(report.getValue()))) {
                                    ZipArchive.Entry named = entry.renamed(report.getKey() + entry.name());
                                    yearZip.add(named);
                                    everything.add(named);
                                    if (entry.name().equals(DataPackage.FILE)) {
                                        byte[] described = entry.content();
                                        yearPackage.add(report.getKey(), described);
                                        allPackage.add(report.getKey(), described);
                                    }
                                }
                            }
                            yearZip.add(yearPackage.finish());
                        }
                    }));
                }
                everything.add(allPackage.finish());
            }
        }));
    }
}
