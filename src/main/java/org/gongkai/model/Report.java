package org.gongkai.model;

/** One disclosure: a YAML file under units/&lt;unit&gt;/&lt;year&gt;/. */
public sealed interface Report permits FinalAccounts, Evaluation {

    ReportHeader header();

    Origin origin();

    default ReportKind kind() {
        return header().kind();
    }

    default int year() {
        return header().year();
    }
}
