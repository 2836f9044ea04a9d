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
    let target = addressedSection();
    let current = target; // the section being read, as of the last update

    // The section the address names: '' for none, and for a fragment that is no section's id
    // because it does not decode (a link's "#%E0" would throw at every scroll).
    function addressedSection() {
        try {
            return decodeURIComponent(location.hash.slice(1));
        } catch (malformed) {
            return '';
        }
    }

    function onScreen(element) {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.top < window.innerHeight;
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

    // Back and Forward bring the reader back to the place they left: the section being read
    // and how far into it, not a pixel offset. An offset kept by Chromium misses once sections
    // before it have been laid out at their real heights (content-visibility in style.css):
    // under load the page came back 45 px off, the section's heading cut off. So restoration
    // is manual, and every scroll records the place here under the entry's key from the
    // Navigation API (Chromium 102), which writes nothing to the history: a key written into
    // history.state cost a replaceState per entry, and Chromium throttles the navigations of
    // a reader who moves fast (seen at 8 switches a second).
    history.scrollRestoration = 'manual';
    const places = new Map();
    // The page the address names: the document is in its query.
    function addressedPage() {
        return location.pathname + location.search;
    }
    // The document whose body is shown; a swap changes it (restart), Back/Forward to another
    // document changes the address first.
    let bodyPage = addressedPage();

    // Without the Navigation API, the address stands for the entry: entries with the same
    // address share one place.
    function entryKey() {
        const entry = window.navigation && window.navigation.currentEntry;
        return entry ? entry.key : location.href;
    }

    // The element of a section. A swap may have left the section for later (DocumentSwap): a
    // jump to it, or a return to it, brings the rest of the body in now.
    function sectionElement(id) {
        if (!id)
            return null;
        const element = document.getElementById(id);
        if (element || !window.trustbookRestOfBody)
            return element;
        window.trustbookRestOfBody.finish();
        return document.getElementById(id);
    }

    function recordPlace(id) {
        const element = id && document.getElementById(id);
        places.set(entryKey(), {
            page: bodyPage,
            id: element ? id : '',
            within: element ? -element.getBoundingClientRect().top : window.scrollY,
        });
    }

    // Puts the reader back at the place recorded for this entry, or, where none was (an entry
    // made before a reload, or one never scrolled), at the section the address names.
    function restorePlace() {
        const place = places.get(entryKey());
        if (place && place.page === bodyPage) {
            if (!place.id) {
                window.scrollTo(0, place.within);
                return;
            }
            const element = sectionElement(place.id);
            if (element) {
                // Into view first, so that the sections around it are laid out; then exactly
                // as far into it as the reader was (the section's scroll margin aside).
                element.scrollIntoView({ block: 'start' });
                window.scrollBy(0, element.getBoundingClientRect().top + place.within);
                return;
            }
        }
        const named = sectionElement(addressedSection());
        if (location.hash && named)
            named.scrollIntoView({ block: 'start' });
        else
            window.scrollTo(0, 0);
    }

    // Only on a return, which HelpView announces: a popstate comes after a jump somewhere new
    // too, and then Chromium has put the section in view itself. A return to another document
    // is finished by the swap that shows its body (restart below).
    let returning = false;
    function onPopState() {
        const back = returning;
        returning = false;
        if (back && addressedPage() === bodyPage)
            restorePlace();
    }

    function update() {
        // Back or Forward to another document: until its body is swapped in (restart), the
        // body shown is not the one the address names, and nothing in it is the reader's place.
        if (addressedPage() !== bodyPage)
            return;
        if (layoutKey() !== layout) {
            keepPlace();
            return;
        }
        if (location.hash !== written) {
            written = location.hash;
            target = addressedSection();
            // Chromium found nothing to scroll to when the section was still to come.
            const arrived = !document.getElementById(target) && sectionElement(target);
            if (arrived)
                arrived.scrollIntoView({ block: 'start' });
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
            history.replaceState(history.state, '', hash || addressedPage());
        written = location.hash;
        recordPlace(id);
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
    // load, at the section the address names; on a return (Back/Forward), at the place
    // recorded for the entry.
    function restart(event) {
        sections = document.querySelectorAll('section.qa');
        bodyPage = addressedPage();
        written = location.hash;
        target = addressedSection();
        current = target;
        layout = layoutKey();
        if (event.detail && event.detail.returning)
            restorePlace();
    }

    window.addEventListener('scroll', update, { passive: true });
    // Back or Forward to an entry kept at the offset shown now moves nothing: no scroll event.
    window.addEventListener('hashchange', update);
    window.addEventListener('trustbook-returning', function () { returning = true; });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('resize', keepPlace);
    window.addEventListener('trustbook-documentswapped', restart);
    // Sections a swap left for later came into the body (DocumentSwap).
    window.addEventListener('trustbook-sectionsadded', function () {
        sections = document.querySelectorAll('section.qa');
    });
})();
