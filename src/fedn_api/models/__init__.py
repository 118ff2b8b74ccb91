"""Contains all the data models used in inputs/outputs"""

from .active_package_input import ActivePackageInput
from .aggregation_time import AggregationTime
from .attribute import Attribute
from .attribute_input import AttributeInput
from .attribute_list import AttributeList
from .checksum import Checksum
from .client_assignment import ClientAssignment
from .client_assignment_retry import ClientAssignmentRetry
from .client_attributes import ClientAttributes
from .client_config import ClientConfig
from .client_info import ClientInfo
from .client_input import ClientInput
from .client_list import ClientList
from .client_settings import ClientSettings
from .combiner import Combiner
from .combiner_client_count import CombinerClientCount
from .combiner_client_count_request import CombinerClientCountRequest
from .combiner_client_counts import CombinerClientCounts
from .combiner_list import CombinerList
from .controller_status import ControllerStatus
from .current_attributes import CurrentAttributes
from .current_attributes_request import CurrentAttributesRequest
from .error_message import ErrorMessage
from .filters import Filters
from .gone import Gone
from .helper_input import HelperInput
from .message import Message
from .metric import Metric
from .metric_list import MetricList
from .model import Model
from .model_list import ModelList
from .model_parameters import ModelParameters
from .model_replace import ModelReplace
from .model_update import ModelUpdate
from .model_upload import ModelUpload
from .node import Node
from .node_input import NodeInput
from .package import Package
from .package_list import PackageList
from .package_upload import PackageUpload
from .prediction import Prediction
from .prediction_list import PredictionList
from .prediction_start import PredictionStart
from .round_ import Round
from .round_combiner import RoundCombiner
from .round_combiner_config import RoundCombinerConfig
from .round_combiner_data import RoundCombinerData
from .round_config import RoundConfig
from .round_data import RoundData
from .round_list import RoundList
from .round_reduce import RoundReduce
from .run import Run
from .run_list import RunList
from .session import Session
from .session_config import SessionConfig
from .session_config_input import SessionConfigInput
from .session_input import SessionInput
from .session_list import SessionList
from .session_replace import SessionReplace
from .session_start import SessionStart
from .session_update import SessionUpdate
from .sort_order import SortOrder
from .split_learning_session_start import SplitLearningSessionStart
from .status import Status
from .status_list import StatusList
from .telemetry import Telemetry
from .telemetry_input import TelemetryInput
from .telemetry_list import TelemetryList
from .validation import Validation
from .validation_list import ValidationList

__all__ = (
    "ActivePackageInput",
    "AggregationTime",
    "Attribute",
    "AttributeInput",
    "AttributeList",
    "Checksum",
    "ClientAssignment",
    "ClientAssignmentRetry",
    "ClientAttributes",
    "ClientConfig",
    "ClientInfo",
    "ClientInput",
    "ClientList",
    "ClientSettings",
    "Combiner",
    "CombinerClientCount",
    "CombinerClientCountRequest",
    "CombinerClientCounts",
    "CombinerList",
    "ControllerStatus",
    "CurrentAttributes",
    "CurrentAttributesRequest",
    "ErrorMessage",
    "Filters",
    "Gone",
    "HelperInput",
    "Message",
    "Metric",
    "MetricList",
    "Model",
    "ModelList",
    "ModelParameters",
    "ModelReplace",
    "ModelUpdate",
    "ModelUpload",
    "Node",
    "NodeInput",
    "Package",
    "PackageList",
    "PackageUpload",
    "Prediction",
    "PredictionList",
    "PredictionStart",
    "Round",
    "RoundCombiner",
    "RoundCombinerConfig",
    "RoundCombinerData",
    "RoundConfig",
    "RoundData",
    "RoundList",
    "RoundReduce",
    "Run",
    "RunList",
    "Session",
    "SessionConfig",
    "SessionConfigInput",
    "SessionInput",
    "SessionList",
    "SessionReplace",
    "SessionStart",
    "SessionUpdate",
    "SortOrder",
    "SplitLearningSessionStart",
    "Status",
    "StatusList",
    "Telemetry",
    "TelemetryInput",
    "TelemetryList",
    "Validation",
    "ValidationList",
)
