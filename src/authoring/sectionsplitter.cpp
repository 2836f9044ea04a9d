#include "sectionsplitter.h"

#include "slugger.h"

namespace {

constexpr int kSectionHeadingLevel = 2;

void appendToSection(Section &section, const RenderedBlock &block)
{
    section.html += block.html;
    if (!section.plainText.isEmpty())
        section.plainText += QLatin1String("\n\n");
    section.plainText += block.plainText;
}

} // namespace

SplitDocument SectionSplitter::split(const QList<RenderedBlock> &blocks)
{
    SplitDocument document;
    Slugger slugger;
    for (const RenderedBlock &block : blocks) {
        if (block.headingLevel == kSectionHeadingLevel) {
            document.sections.append(
                Section{slugger.slug(block.headingText), block.headingText, {}, {}, block.line});
            appendToSection(document.sections.last(), block);
        } else if (document.sections.isEmpty()) {
            document.introHtml += block.html;
        } else {
            appendToSection(document.sections.last(), block);
        }
    }
    return document;
}
