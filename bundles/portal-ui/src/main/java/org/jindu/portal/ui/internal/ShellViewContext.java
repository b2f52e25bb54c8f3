package org.jindu.portal.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.ui.DashboardWidget;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.navigator.Navigator;
import com.vaadin.shared.Position;
import com.vaadin.ui.Notification;

/** The {@link ViewContext} of one UI session. */
public final class ShellViewContext implements ViewContext {
    private static final Logger LOG = LoggerFactory.getLogger(ShellViewContext.class);

    private final UserContext user;
    private final Navigator navigator;
    private final Supplier<List<ViewContribution>> views;
    private final Supplier<List<DashboardWidget>> widgets;

    ShellViewContext(UserContext user, Navigator navigator, Supplier<List<ViewContribution>> views,
                     Supplier<List<DashboardWidget>> widgets) {
        this.user = user;
        this.navigator = navigator;
        this.views = views;
        this.widgets = widgets;
    }

    /** The views this user may open now (for the home page's shortcuts). */
    public List<ViewContribution> allowedViews() {
        return views.get();
    }

    /** The dashboard tiles this user may see now. */
    public List<DashboardWidget> allowedWidgets() {
        return widgets.get();
    }

    @Override
    public UserContext user() {
        return user;
    }

    @Override
    public Locale locale() {
        return user.locale();
    }

    @Override
    public void navigate(String viewId, String parameters) {
        navigator.navigateTo(parameters == null || parameters.isEmpty() ? viewId : viewId + "/" + parameters);
    }

    @Override
    public void showInfo(Text message) {
        Notification n = new Notification(t(message), Notification.Type.TRAY_NOTIFICATION);
        n.setPosition(Position.TOP_CENTER);
        n.setDelayMsec(2500);
        n.setStyleName("portal-info");
        n.show(com.vaadin.server.Page.getCurrent());
    }

    @Override
    public void showError(Throwable error) {
        String message;
        if (error instanceof ValidationException) {
            ValidationException v = (ValidationException) error;
            message = v.errors().stream().map(f -> f.field() + ": " + f.message().get(locale()))
                    .collect(Collectors.joining("\n"));
        } else if (error instanceof PortalException) {
            message = ((PortalException) error).getMessage(locale());
        } else {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("UI action failed (ref {})", ref, error);
            message = t("操作失败，请将编号 " + ref + " 告知管理员", "The action failed; give the administrator the reference " + ref);
        }
        Notification n = new Notification(message, Notification.Type.ERROR_MESSAGE);
        n.setPosition(Position.TOP_CENTER);
        n.setDelayMsec(6000);
        n.show(com.vaadin.server.Page.getCurrent());
    }
}
