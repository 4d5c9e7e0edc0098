<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <source>%n deal(s): {won} won, {lost} lost, {open} open; {start} to {end}</source>
        <translation>
            <numerusform>%n deal: {won} won, {lost} lost, {open} open; {start} to {end}</numerusform>
            <numerusform>%n deals: {won} won, {lost} lost, {open} open; {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n deal(s))</source>
        <translation>
            <numerusform>{name} (%n deal)</numerusform>
            <numerusform>{name} (%n deals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n open question</numerusform>
            <numerusform>%n open questions</numerusform>
        </translation>
    </message>
</context>
</TS>
