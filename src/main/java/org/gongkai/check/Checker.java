package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.derive.DerivedContent;
import org.gongkai.model.Diagnostic;

/** Runs every check over the derived content; the findings come in content order. */
public final class Checker {

    public List<Diagnostic> check(DerivedContent derived) {
        List<Diagnostic> findings = new ArrayList<>();
        findings.addAll(ReferenceChecks.check(derived.content()));
        findings.addAll(StatedFigureChecks.check(derived));
        return findings;
    }
}
