import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * Rewrites class files older than Java 6 (version 50) in the jars of a folder as Java 8 (52) class files
 * with stack maps, the same bytecode otherwise. A JDK AOT cache cannot hold such old classes (they need the
 * old type-inferring verifier), so without this they are loaded, verified and linked from the jar on every
 * start: picocli, compiled for Java 5, cost about 30 ms of every run that way.
 * <p>
 * Run by the build with JDK 25 (the class-file API) before an AOT cache is trained:
 * {@code java ModernizeClassFiles.java DIR}. Each rewritten class is checked with the class-file API's
 * verifier; a class that cannot be rewritten or does not verify makes the build fail.
 */
public final class ModernizeClassFiles {

    private static final int FIRST_WITH_STACK_MAPS = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java ModernizeClassFiles.java DIR");
            System.exit(2);
        }
        List<Path> jars;
        try (var files = Files.walk(Path.of(args[0]))) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            int rewritten = rewrite(jar);
            if (rewritten > 0) {
                System.out.println("aot: " + jar.getFileName() + ": " + rewritten + " class files rewritten as Java 8 class files");
            }
        }
    }

    private static int rewrite(Path jar) throws IOException {
        List<JarEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        boolean old = false;
        boolean signed = false;
        java.util.jar.Manifest manifest;
        try (var in = new JarInputStream(Files.newInputStream(jar))) {
            manifest = in.getManifest();
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                signed |= e.getName().startsWith("META-INF/") && e.getName().endsWith(".SF");
                byte[] bytes = in.readAllBytes();
                entries.add(e);
                contents.add(bytes);
                old |= isClass(e) && ClassFile.of().parse(bytes).majorVersion() < FIRST_WITH_STACK_MAPS;
            }
        }
        if (!old) {
            return 0;
        }
        if (signed) {
            throw new IllegalStateException(jar.getFileName() + " is signed: rewriting its old class files would break it");
        }
        int rewritten = 0;
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            // Stack maps name the common supertype where branches meet: the jar's own classes, then the JDK's.
            var hierarchy = ClassHierarchyResolver.defaultResolver()
                    .orElse(ClassHierarchyResolver.ofResourceParsing(loader));
            var classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(hierarchy));
            ClassTransform java8 = (builder, element) -> builder.with(
                    element instanceof ClassFileVersion ? ClassFileVersion.of(ClassFile.JAVA_8_VERSION, 0) : element);
            // Passing each method body through a code builder is what makes the stack maps get generated.
            ClassTransform transform = java8.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
            for (int i = 0; i < entries.size(); i++) {
                if (!isClass(entries.get(i))) {
                    continue;
                }
                ClassModel model = classFile.parse(contents.get(i));
                if (model.majorVersion() >= FIRST_WITH_STACK_MAPS) {
                    continue;
                }
                byte[] modern = classFile.transformClass(model, transform);
                var problems = classFile.verify(modern);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(jar.getFileName() + "!" + entries.get(i).getName()
                            + " does not verify once rewritten: " + problems.getFirst().getMessage());
                }
                contents.set(i, modern);
                rewritten++;
            }
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (var out = manifest == null ? new JarOutputStream(Files.newOutputStream(tmp))
                : new JarOutputStream(Files.newOutputStream(tmp), manifest)) {
            for (int i = 0; i < entries.size(); i++) {
                JarEntry copy = new JarEntry(entries.get(i).getName());
                copy.setTime(entries.get(i).getTime());
                out.putNextEntry(copy);
                out.write(contents.get(i));
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rewritten;
    }

    private static boolean isClass(JarEntry e) {
        return e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/versions/");
    }
}
