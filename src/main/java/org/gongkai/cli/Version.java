package org.gongkai.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gongkai " + (version == null ? "（开发版）" : version)};
    }
}
