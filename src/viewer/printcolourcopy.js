// Runs in the application world (page scripts stay off). A copy leaves the page in its print
// colours: Chromium's own copy carries the screen's colours inline (light text on the dark
// theme's background), which a rich editor pastes as they are. The copy is made here instead,
// from the selection's own markup, which names no colours, inside the colours of paper.
(function () {
    'use strict';
    document.addEventListener('copy', function (event) {
        const selection = window.getSelection();
        if (!selection || selection.isCollapsed || !event.clipboardData)
            return;
        const holder = document.createElement('div');
        for (let i = 0; i < selection.rangeCount; ++i)
            holder.appendChild(selection.getRangeAt(i).cloneContents());
        event.clipboardData.setData('text/html',
                                    '<div style="color: #111418; background-color: #ffffff">' +
                                        holder.innerHTML + '</div>');
        event.clipboardData.setData('text/plain', selection.toString());
        event.preventDefault();
    });
})();
