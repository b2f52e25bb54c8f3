package org.jindu.portal.ui.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jindu.portal.api.AccessPolicy;
import org.jindu.portal.api.PlatformPermissions;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.module.ModuleInfo;
import org.jindu.portal.api.module.ModuleProblem;
import org.jindu.portal.api.module.ModuleRegistry;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgDirectory;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.platform.admin.ModuleAdmin;
import org.jindu.portal.platform.admin.ModulePackages;
import org.jindu.portal.platform.admin.PackagePolicy;
import org.jindu.portal.platform.admin.PackageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 模块管理: every module the portal knows, its state and schema, why it is not working (the missing package, the
 * component and what it waits for, the failed migration …), its offer to the member units and one tick per unit.
 */
@Component(service = ViewContribution.class)
public class ModulesView extends AbstractViewContribution {
    /** One package operation at a time, off the UI thread: installing waits for the module to come up. */
    private static final ExecutorService WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-ui-packages");
        t.setDaemon(true);
        return t;
    });

    private final ModuleRegistry modules;
    private final ModuleAdmin admin;
    private final ModulePackages packages;
    private final AccessPolicy access;
    private final OrgDirectory org;

    @Activate
    public ModulesView(@Reference ModuleRegistry modules, @Reference ModuleAdmin admin, @Reference ModulePackages packages,
                       @Reference AccessPolicy access, @Reference OrgDirectory org) {
        super("admin/modules", PlatformPermissions.MODULE_ID, Text.of("模块管理", "Modules"),
                PlatformPermissions.ADMIN_MODULES, 130, "PUZZLE_PIECE");
        this.modules = modules;
        this.admin = admin;
        this.packages = packages;
        this.access = access;
        this.org = org;
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        Grid<ModuleInfo> grid = new Grid<>();
        Label problems = new Label("", ContentMode.HTML);
        problems.setId("module-problems");
        problems.setWidth("100%");
        Runnable reload = () -> {
            List<ModuleInfo> all = modules.modules();
            grid.setItems(all);
            problems.setValue(problemsHtml(ctx, all));
        };
        grid.setId("modules-grid");
        grid.setSizeFull();
        grid.addColumn(m -> m.name().get(ctx.locale())).setCaption(ctx.t("模块", "Module"));
        grid.addColumn(ModuleInfo::id).setCaption("ID");
        grid.addColumn(ModuleInfo::version).setCaption(ctx.t("版本", "Version"));
        grid.addColumn(m -> state(ctx, m)).setCaption(ctx.t("状态", "State")).setId("state");
        grid.addColumn(ModuleInfo::schemaVersion).setCaption(ctx.t("数据库版本", "Schema"));
        grid.addColumn(m -> m.holdsPersonalData() ? ctx.t("是", "yes") : "").setCaption(ctx.t("个人信息", "Personal data"));
        grid.addComponentColumn(m -> {
            CheckBox box = new CheckBox();
            box.setId("offer-" + m.id());
            box.setValue(m.offered());
            box.addValueChangeListener(e -> {
                if (e.isUserOriginated() && !Dialogs.act(ctx, () -> admin.setOffered(ctx.user(), m.id(), e.getValue()),
                        Text.of(e.getValue() ? "已向成员单位开放 " + m.name().zh() : "已收回 " + m.name().zh(),
                                (e.getValue() ? "Offered " : "Withdrew ") + m.name().en()), reload)) {
                    box.setValue(e.getOldValue());
                }
            });
            return box;
        }).setCaption(ctx.t("向单位开放", "Offered")).setWidth(110);
        boolean mayInstall = access.isPermitted(ctx.user(), PlatformPermissions.ADMIN_PACKAGES);
        if (mayInstall) {
            grid.addComponentColumn(m -> actions(ctx, m, reload)).setCaption(ctx.t("安装包", "Package")).setWidth(200);
        }
        grid.addColumn(m -> m.problems().isEmpty() ? "" : m.problems().get(0).message().get(ctx.locale())
                + (m.problems().size() > 1 ? ctx.t(" (等 " + m.problems().size() + " 项)", " (+" + (m.problems().size() - 1) + ")") : ""))
                .setCaption(ctx.t("问题", "Problem")).setId("problem");
        for (MemberUnit unit : org.units()) {
            grid.addComponentColumn(m -> {
                CheckBox box = new CheckBox();
                box.setId("enable-" + m.id() + "-" + unit.code());
                box.setValue(m.enabledUnits().contains(unit.code()));
                box.addValueChangeListener(e -> {
                    if (e.isUserOriginated()) {
                        EnablementDialog.change(ctx, admin, m, unit, e.getValue(), reload, () -> box.setValue(e.getOldValue()));
                    }
                });
                return box;
            }).setCaption(unit.name(ctx.locale())).setWidth(110);
        }
        reload.run();
        Button refresh = new Button(ctx.t("刷新", "Refresh"), e -> reload.run());
        refresh.setId("modules-refresh");
        Label help = new Label(ctx.t("勾选「向单位开放」后，成员单位管理员可为本单位启用该模块；勾选单位列即为该单位启用。含个人信息的模块启用前须确认。",
                "Offered: unit administrators may enable the module for their own unit. A unit's tick enables it for that unit; "
                        + "a module with personal data asks for a confirmation first."));
        help.addStyleName(ValoTheme.LABEL_LIGHT);
        help.setWidth("100%");
        VerticalLayout root = new VerticalLayout(help);
        if (mayInstall) {
            root.addComponent(packageBar(ctx, reload));
        }
        root.addComponents(refresh, grid, problems);
        root.setSizeFull();
        root.setExpandRatio(grid, 1);
        return root;
    }

    /** The trust policy in words, and the upload of a package with its progress and outcome. */
    private com.vaadin.ui.Component packageBar(ViewContext ctx, Runnable reload) {
        PackagePolicy policy = packages.policy(ctx.user());
        Label trust = new Label(policy.unsignedAllowed()
                ? ctx.t(policy.demoMode() ? "演示模式：也接受未签名的模块安装包。正式环境只安装信任库中发布者签名的安装包。"
                        : "配置允许未签名的模块安装包 (unsignedPackages=allow)，仅用于开发。",
                policy.demoMode() ? "Demo mode: unsigned module packages are accepted too. In production only packages signed by a trusted publisher are installed."
                        : "The configuration allows unsigned module packages (unsignedPackages=allow): for development only.")
                : ctx.t("只安装信任库中发布者签名的安装包。", "Only packages signed by a trusted publisher are installed.")
                + " " + ctx.t("信任的发布者: ", "Trusted publishers: ")
                + (policy.publishers().isEmpty() ? ctx.t("无 (" + policy.trustDirectory() + ")", "none (" + policy.trustDirectory() + ")")
                        : String.join("; ", policy.publishers())));
        trust.setId("package-policy");
        trust.setWidth("100%");
        if (policy.unsignedAllowed()) {
            trust.addStyleName("portal-warning");
        }
        Label progress = new Label();
        progress.setId("package-progress");
        Path[] temp = new Path[1];
        Upload upload = new Upload(null, (fileName, mime) -> {
            try {
                temp[0] = Files.createTempFile("module-package-", ".upload");
                return Files.newOutputStream(temp[0]);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.setId("package-upload");
        upload.setButtonCaption(ctx.t("上传模块安装包 (jar/kar)…", "Upload a module package (jar/kar)…"));
        upload.addSucceededListener(e -> {
            Path file = temp[0];
            String name = e.getFilename();
            progress.setValue(ctx.t("正在检查并安装 " + name + " …", "Checking and installing " + name + " …"));
            UI ui = UI.getCurrent();
            WORK.execute(() -> {
                String outcome;
                try (InputStream in = Files.newInputStream(file)) {
                    PackageResult r = packages.install(ctx.user(), in, name, null);
                    outcome = outcome(ctx, r);
                } catch (PortalException ex) {
                    outcome = ctx.t("未安装: ", "Not installed: ") + reason(ctx, ex);
                } catch (IOException | RuntimeException ex) {
                    outcome = ctx.t("安装失败，详见日志", "Installation failed; see the log");
                } finally {
                    deleteQuietly(file);
                }
                String text = outcome;
                ui.access(() -> {
                    progress.setValue(text);
                    reload.run();
                });
            });
        });
        upload.addFailedListener(e -> deleteQuietly(temp[0]));
        VerticalLayout bar = new VerticalLayout(trust, new HorizontalLayout(upload, progress));
        bar.setMargin(false);
        bar.setWidth("100%");
        return bar;
    }

    /** Roll back (when a version before exists) and remove, each after a confirmation. */
    private com.vaadin.ui.Component actions(ViewContext ctx, ModuleInfo m, Runnable reload) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if ("UNINSTALLED".equals(m.bundleState())) {
            return buttons;
        }
        packages.packages(ctx.user(), m.id()).stream().filter(p -> "PREVIOUS".equals(p.status())).findFirst().ifPresent(previous -> {
            Button back = new Button(ctx.t("回退到 ", "Roll back to ") + previous.version());
            back.setId("rollback-" + m.id());
            back.addStyleNames(ValoTheme.BUTTON_SMALL);
            back.addClickListener(e -> confirm(ctx, ctx.t("回退模块", "Roll back"), ctx.t("把「" + m.name().zh() + "」从 " + m.version() + " 回退到 "
                            + previous.version() + "？数据保留。", "Roll " + m.name().en() + " back from " + m.version() + " to " + previous.version()
                            + "? The data stays."),
                    () -> outcome(ctx, packages.rollback(ctx.user(), m.id())), reload));
            buttons.addComponent(back);
        });
        Button remove = new Button(ctx.t("卸载", "Remove"));
        remove.setId("remove-" + m.id());
        remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_DANGER);
        remove.addClickListener(e -> confirm(ctx, ctx.t("卸载模块", "Remove module"), ctx.t("卸载「" + m.name().zh()
                        + "」？其菜单和接口将移除，数据库中的数据保留，重新安装后恢复。", "Remove " + m.name().en()
                        + "? Its menu and endpoints go; its data stays in the database and is back when it is installed again."),
                () -> {
                    packages.remove(ctx.user(), m.id());
                    return ctx.t("已卸载 ", "Removed ") + ctx.t(m.name());
                }, reload));
        buttons.addComponent(remove);
        return buttons;
    }

    private static void confirm(ViewContext ctx, String caption, String question, Supplier<String> action, Runnable reload) {
        Label text = new Label(question);
        text.setWidth("100%");
        Dialogs.open(caption, text, ctx.t("确定", "OK"), ctx.t("取消", "Cancel"), () -> {
            try {
                String done = action.get();
                ctx.showInfo(Text.of(done, done));
                reload.run();
                return true;
            } catch (PortalException ex) {
                ctx.showError(ex);
                return false;
            }
        });
    }

    private static String outcome(ViewContext ctx, PackageResult r) {
        String what = switch (r.operation()) {
            case "INSTALL" -> ctx.t("已安装 ", "Installed ");
            case "UPGRADE" -> ctx.t("已升级 ", "Upgraded ");
            case "DOWNGRADE" -> ctx.t("已降级 ", "Downgraded ");
            default -> ctx.t("已回退 ", "Rolled back ");
        };
        String state = r.module() == null ? "" : " · " + state(ctx, r.module());
        return what + r.moduleId() + " " + (r.fromVersion() == null ? "" : r.fromVersion() + " → ") + r.toVersion() + state
                + (r.signer() == null ? ctx.t(" · 未签名", " · unsigned") : ctx.t(" · 签名: ", " · signed by ") + r.signer());
    }

    private static String reason(ViewContext ctx, PortalException e) {
        if (e instanceof ValidationException v && !v.errors().isEmpty()) {
            return v.errors().stream().map(f -> f.message().get(ctx.locale())).collect(Collectors.joining("; "));
        }
        return e.getMessage(ctx.locale());
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    static String state(ViewContext ctx, ModuleInfo m) {
        if (m.installed() && m.problems().isEmpty()) {
            return ctx.t("运行中", "running");
        }
        if (m.installed()) {
            return ctx.t("运行中，有问题", "running, with problems");
        }
        return "UNINSTALLED".equals(m.bundleState()) ? ctx.t("已卸载", "removed") : ctx.t("未运行 (", "not running (") + m.bundleState() + ")";
    }

    /** Every problem of every module, one per line, so that the whole reason is readable without a tooltip. */
    private static String problemsHtml(ViewContext ctx, List<ModuleInfo> all) {
        String lines = all.stream().filter(m -> !m.problems().isEmpty())
                .map(m -> "<b>" + escape(m.name().get(ctx.locale())) + " (" + escape(m.id()) + ")</b><ul>"
                        + m.problems().stream().map(p -> "<li>" + escape(kind(ctx, p.kind()) + p.message().get(ctx.locale())) + "</li>")
                        .collect(Collectors.joining()) + "</ul>")
                .collect(Collectors.joining());
        return lines.isEmpty() ? "" : "<h4>" + escape(ctx.t("模块问题", "Module problems")) + "</h4>" + lines;
    }

    private static String kind(ViewContext ctx, ModuleProblem.Kind kind) {
        switch (kind) {
            case REQUIREMENT: return ctx.t("无法解析: ", "does not resolve: ");
            case START: return ctx.t("未启动: ", "not started: ");
            case COMPONENT: return ctx.t("组件: ", "component: ");
            case MIGRATION: return ctx.t("数据库: ", "schema: ");
            case PUBLICATION: return ctx.t("发布: ", "publication: ");
            case PACKAGE: return ctx.t("安装包: ", "package: ");
            default: return "";
        }
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
