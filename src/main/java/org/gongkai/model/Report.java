package org.gongkai.model;

import java.util.List;

/** One disclosure: a YAML file under units/&lt;unit&gt;/&lt;year&gt;/. */
public sealed interface Report permits FinalAccounts, Evaluation {

    ReportHeader header();

    Origin origin();

    /** The report's YAML as read (its source.yaml download): the loader reads a content file once, never again. */
    String yaml();

    /** The tables as the document prints them, in its order; empty when the page shows gongkai's standard set. */
    List<TableEntry> tables();

    /** The document's parts in its order; empty when the page is laid out as gongkai's standard outline. */
    List<Part> parts();

    default ReportKind kind() {
        return header().kind();
    }

    default int year() {
        return header().year();
    }
}
