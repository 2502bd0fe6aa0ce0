package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gongkai} launcher script at the top of the repository: finds the jar beside itself or in
 * target/, passes JAVA_OPTS and the arguments through untouched, and tells gongkai how it was typed.
 * Java is replaced by a script that prints what it was given.
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("gongkai");

    @TempDir
    Path dir;

    Path javaHome;

    record Run(int exit, List<String> out, String err) {
    }

    @BeforeEach
    void fakeJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    /** A copy of the launcher in {@code folder}, as it would be unpacked or checked out. */
    Path install(Path folder) throws IOException {
        Path launcher = Files.createDirectories(folder).resolve("gongkai");
        Files.copy(LAUNCHER, launcher);
        assertTrue(launcher.toFile().setExecutable(true));
        return launcher;
    }

    Run run(Path workingDir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out.lines().toList(), err);
    }

    @Test
    void theRepositoryShipsAnExecutableLauncherForPosixAndWindows() throws IOException {
        assertTrue(Files.isExecutable(LAUNCHER));
        assertTrue(Files.readString(LAUNCHER).startsWith("#!/bin/sh\n"));
        String cmd = Files.readString(Path.of("gongkai.cmd"));
        assertTrue(cmd.contains("-jar \"%jar%\" %*") && cmd.contains("%JAVA_OPTS%") && cmd.contains("-Dgongkai.command=%~n0"), cmd);
    }

    @Test
    void runsTheJarBesideItWithJavaOptionsAndTheArgumentsAsGiven() throws Exception {
        Path dist = dir.resolve("gongkai-0.1");
        install(dist);
        Files.writeString(dist.resolve("gongkai.jar"), "");
        Run run = run(dist, Map.of("JAVA_OPTS", "-Xmx1g -Dfile.encoding=UTF-8"), "./gongkai", "check", "--content", "内容 文件夹", "");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("-Xmx1g", "-Dfile.encoding=UTF-8", "-Dgongkai.command=./gongkai", "-jar",
                dist.toRealPath().resolve("gongkai.jar").toString(), "check", "--content", "内容 文件夹", ""), run.out());
    }

    @Test
    void inACheckoutRunsTargetGongkaiJar() throws Exception {
        Path checkout = dir.resolve("checkout");
        Path launcher = install(checkout);
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/gongkai.jar"), "");
        Run run = run(dir, Map.of(), launcher.toString(), "--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("-Dgongkai.command=" + launcher, "-jar", checkout.toRealPath().resolve("target/gongkai.jar").toString(),
                "--version"), run.out());
    }

    @Test
    void foundOnThePathItIsCalledGongkaiAndALinkToItStillFindsTheJar() throws Exception {
        Path dist = dir.resolve("dist");
        Path launcher = install(dist);
        Files.writeString(dist.resolve("gongkai.jar"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("gongkai"), launcher);
        Run run = run(dir, Map.of("PATH", bin + ":" + System.getenv("PATH")), "/bin/sh", "-c", "gongkai build");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("-Dgongkai.command=gongkai", "-jar", dist.toRealPath().resolve("gongkai.jar").toString(), "build"), run.out());
    }

    @Test
    void withoutAJarItSaysWhereItLookedAndHowToBuildOne() throws Exception {
        Path empty = dir.resolve("empty");
        install(empty);
        Run run = run(empty, Map.of(), "./gongkai", "build");
        assertEquals(2, run.exit());
        assertTrue(run.out().isEmpty(), "java is not run");
        assertTrue(run.err().contains("找不到 gongkai.jar") && run.err().contains("mvn -q -B -DskipTests package"), run.err());
    }
}
