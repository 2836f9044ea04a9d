// Runs in the application world (page scripts stay off). Keeps the URL's fragment on the
// section being read so the app can follow the reading position: replaceState changes the
// URL without adding a history entry, and Qt reports the change as urlChanged.
// With page scripts off, timers never fire (event listeners do), so the work happens in the
// scroll handler itself; Chromium sends at most one scroll event per frame, and a binary
// search keeps each one cheap however many sections a document has.
(function () {
    'use strict';
    const topMargin = 32; // a heading this close to the top edge is the one being read
    let sections = document.querySelectorAll('section.qa');
    // The fragment this script last wrote. Any other fragment came from a navigation (the
    // tree, a link, back/forward) and names the section the reader chose; comparing here,
    // rather than listening for hashchange, holds whichever event Chromium delivers first.
    let written = location.hash;
    let target = decodeURIComponent(location.hash.slice(1));
    let current = target; // the section being read, as of the last update

    function onScreen(element) {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.top < window.innerHeight;
    }

    // Whether any of the element is on screen.
    function inView(element) {
        const rect = element.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
    }

    // The last section whose top has reached the top margin; sections are in page order.
    function sectionAtTop() {
        let low = 0;
        let high = sections.length - 1;
        let found = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (sections[middle].getBoundingClientRect().top <= topMargin) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? '' : sections[found].id;
    }

    // What the page's layout depends on. When it differs at a scroll event, the scroll came
    // from the page being laid out anew (the window resized, a banner came or went, the zoom
    // changed), not from the reader: the place being read stays, and is brought back.
    // Not the page's height: sections are laid out as they come near the screen
    // (content-visibility in style.css), so it changes while the reader scrolls, and taking
    // that for a new layout threw the reader back to the top of the section being read.
    // Content laid out above the reader keeps its place by Chromium's scroll anchoring.
    function layoutKey() {
        return window.innerWidth + 'x' + window.innerHeight;
    }
    let layout = layoutKey();

    // Back and Forward restore the scroll offset Chromium kept for the entry, which misses the
    // section when the reader moved on within a second of arriving (the offset had not been
    // kept yet) or when sections before it have been laid out at their real heights since:
    // the address names the section, so it is brought to the top. A section on screen keeps
    // the restored offset, the middle of an answer too. Only on a return, which HelpView
    // announces (a popstate comes after a jump somewhere new too, and then Chromium has put
    // the section in view itself; when it is not there at the next scroll event, the reader
    // has already scrolled on).
    let returning = false;
    let returnTo = '';
    function onPopState() {
        returnTo = returning ? location.hash : '';
        returning = false;
    }
    function settleReturn() {
        const hash = returnTo;
        returnTo = '';
        const named = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
        if (!named || inView(named))
            return;
        named.scrollIntoView({ block: 'start' });
        if (location.hash !== hash)
            history.replaceState(history.state, '', hash);
    }

    function update() {
        if (layoutKey() !== layout) {
            keepPlace();
            return;
        }
        settleReturn();
        if (location.hash !== written) {
            written = location.hash;
            target = decodeURIComponent(location.hash.slice(1));
        }
        const chosen = target && document.getElementById(target);
        // A section the reader jumped to stays current while its heading is on screen, even
        // when the page cannot scroll it to the top (the last answers): no jumping back.
        if (!chosen || !onScreen(chosen))
            target = '';
        const id = target || sectionAtTop();
        current = id;
        const hash = id ? '#' + encodeURIComponent(id) : '';
        if (location.hash !== hash)
            history.replaceState(history.state, '', hash || location.pathname + location.search);
        written = location.hash;
    }

    // A new zoom factor or window size lays the page out anew and would leave the reader
    // somewhere else (a restored zoom arrives after the jump to the section): bring the
    // section being read back to the top.
    function keepPlace() {
        layout = layoutKey();
        const element = current && document.getElementById(current);
        if (element)
            element.scrollIntoView({ block: 'start' });
    }

    // Another document's body was swapped in (DocumentSwap): start over on it, as after a
    // load, at the section the address names.
    function restart() {
        sections = document.querySelectorAll('section.qa');
        written = location.hash;
        target = decodeURIComponent(location.hash.slice(1));
        current = target;
        layout = layoutKey();
    }

    window.addEventListener('scroll', update, { passive: true });
    // Back or Forward to an entry kept at the offset shown now moves nothing: no scroll event.
    window.addEventListener('hashchange', update);
    window.addEventListener('trustbook-returning', function () { returning = true; });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('resize', keepPlace);
    window.addEventListener('trustbook-documentswapped', restart);
})();
