/*
 * PrimeFaces draws a drop-down's open list (role="listbox") without a name, so a screen reader
 * announces an anonymous list and axe reports it. The list is named here after the field's own
 * label, the one its <p:outputLabel for> already names the closed drop-down with.
 */
(function () {
    var menu = PrimeFaces.widget.SelectOneMenu.prototype;
    var render = menu.renderPanelContentFromHiddenSelect;
    menu.renderPanelContentFromHiddenSelect = function (initialize) {
        render.call(this, initialize);
        var labelledBy = this.label && this.label.attr('aria-labelledby');
        var list = this.itemsWrapper.children('[role="listbox"]');
        if (labelledBy) {
            list.attr('aria-labelledby', labelledBy);
        } else if (this.input.attr('aria-label')) {
            list.attr('aria-label', this.input.attr('aria-label'));
        }
    };
})();
