package org.jindu.portal.api.ui;

import org.jindu.portal.api.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Base for a {@link ViewContribution} whose descriptive parts are fixed: subclasses pass them to the constructor
 * and implement only {@link #createView}.
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * public class RoundsView extends AbstractViewContribution {
 *     public RoundsView() {
 *         super("assessment/rounds", "assessment", Text.of("创建轮次", "Rounds"), "assessment.round.read", 10, "CALENDAR");
 *     }
 *     public Component createView(ViewContext ctx, String parameters) { ... }
 * }
 * }</pre>
 */
@ConsumerType
public abstract class AbstractViewContribution implements ViewContribution {
    private final String id;
    private final String moduleId;
    private final Text title;
    private final String permission;
    private final int order;
    private final String icon;

    protected AbstractViewContribution(String id, String moduleId, Text title, String permission, int order, String icon) {
        this.id = id;
        this.moduleId = moduleId;
        this.title = title;
        this.permission = permission;
        this.order = order;
        this.icon = icon;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String moduleId() {
        return moduleId;
    }

    @Override
    public final Text title() {
        return title;
    }

    @Override
    public final String permission() {
        return permission;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final String icon() {
        return icon;
    }
}
