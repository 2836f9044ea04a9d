#pragma once

class QLineEdit;

// A line edit's clear button (the little cross Qt draws inside the field), turned on and given
// a name: Qt leaves it unnamed, so a screen reader says only "button".
namespace ClearButton {

void enable(QLineEdit *field);

} // namespace ClearButton
