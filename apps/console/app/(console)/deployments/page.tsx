import type { Metadata } from "next";
import { PlannedAreaPage } from "@/components/planned-area-page";
import { plannedAreas } from "@/lib/planned-areas";

export const metadata: Metadata = { title: "Deployments" };

export default function Page() {
  return <PlannedAreaPage area={plannedAreas.deployments} />;
}
