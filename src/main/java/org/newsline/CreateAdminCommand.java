package org.newsline;

import java.io.Console;
import java.util.concurrent.Callable;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create-admin --email E}: creates an admin account, asking for a password or generating one. */
@Command(
        name = "create-admin",
        mixinStandardHelpOptions = true,
        description = "Create an admin account. Asks for a password on a terminal; otherwise generates and prints one.")
final class CreateAdminCommand implements Callable<Integer> {

    @Option(names = "--email", required = true, description = "the admin's e-mail address (their sign-in name)")
    String email;

    @Option(names = "--name", description = "the name shown in the newsroom", defaultValue = "Administrator")
    String name;

    @Option(names = "--generate-password", description = "do not ask; generate a password and print it")
    boolean generate;

    @Override
    public Integer call() {
        String password = null;
        Console console = System.console();
        if (!generate && console != null) {
            char[] typed = console.readPassword("Password for %s (empty to generate one): ", email);
            password = typed == null || typed.length == 0 ? null : new String(typed);
        }
        boolean generated = password == null;
        if (generated) {
            password = Accounts.generatePassword();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewslineApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("newsline.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run()) {
            context.getBean(Accounts.class).create(null, email, name, Role.ADMIN, password);
        } catch (IllegalArgumentException e) {
            System.err.println("newsline: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // Start-up failures (such as an unreachable database) were already reported in one line.
            return 1;
        }
        System.out.println("Created admin " + email + (generated ? " with password: " + password : "."));
        return 0;
    }
}
